"""Vector outputs are checked (algorithms/sinks.py): a write QGIS refuses is an error naming the
output parameter, a failed or cancelled run leaves no vector file it created, a file that was
there before is not removed, and a completed run's file holds every feature written."""

import os

import pytest
from qgis.core import (QgsCoordinateReferenceSystem, QgsFeature, QgsField, QgsFields,
                       QgsGeometry, QgsProcessing, QgsProcessingContext, QgsProcessingFeedback,
                       QgsProcessingParameterFeatureSink, QgsProcessingUtils, QgsWkbTypes)
from qgis.PyQt.QtCore import QVariant

from ruimte_plugin.algorithms.base import RuimteAlgorithm
from ruimte_plugin.algorithms.sinks import CheckedSink, count_features
from ruimte_plugin.core.errors import InputError

CRS = QgsCoordinateReferenceSystem("EPSG:28992")


def int_fields():
    fields = QgsFields()
    fields.append(QgsField("n", QVariant.Int))
    return fields


def point(fields, value):
    feature = QgsFeature(fields)
    feature.setGeometry(QgsGeometry.fromWkt("Point (150000 450000)"))
    feature.setAttributes([value])
    return feature


def checked_sink(tmp_path, existed):
    """(CheckedSink on a new GeoPackage with one integer field, its path, its fields, the
    processing context, which must stay alive as long as the sink)."""
    path = str(tmp_path / "out.gpkg")
    fields = int_fields()
    context = QgsProcessingContext()
    sink, dest = QgsProcessingUtils.createFeatureSink(path, context, fields, QgsWkbTypes.Point,
                                                      CRS)
    return CheckedSink(sink, dest, "OUTPUT", existed=existed), path, fields, context


def test_a_refused_write_names_the_output_and_the_new_file_goes(tmp_path):
    checked, path, fields, context = checked_sink(tmp_path, existed=False)
    checked.addFeature(point(fields, 1))
    with pytest.raises(InputError) as err:            # text in an integer field
        checked.addFeature(point(fields, "abc"))
    assert err.value.parameter == "OUTPUT" and "could not be written" in str(err.value)
    assert "not a number" in str(err.value)           # QGIS's own reason
    checked.discard()
    assert not os.path.exists(path)


def test_a_complete_file_is_counted_and_an_earlier_file_is_kept(tmp_path):
    checked, path, fields, context = checked_sink(tmp_path, existed=True)
    for n in range(3):
        checked.addFeature(point(fields, n))
    checked.finish()                                  # flushed, released, 3 of 3 in the file
    assert count_features(path) == 3
    checked.discard()                                 # existed before: stays
    assert os.path.exists(path)


class WritesThenFails(RuimteAlgorithm):
    """Writes two features to OUTPUT, then fails (or is cancelled) as a later phase would."""

    def __init__(self, failure):
        super().__init__()
        self.failure = failure

    def createInstance(self):  # noqa: N802
        return WritesThenFails(self.failure)

    def name(self):
        return "writesthenfails"

    def displayName(self):  # noqa: N802
        return "writes then fails"

    def initAlgorithm(self, config=None):  # noqa: N802
        self.addParameter(QgsProcessingParameterFeatureSink("OUTPUT", "out",
                                                            QgsProcessing.TypeVectorPoint))

    def execute(self, parameters, context, feedback):
        fields = int_fields()
        sink, dest = self.feature_sink(parameters, "OUTPUT", context, fields, QgsWkbTypes.Point,
                                       CRS)
        for n in range(2):
            sink.addFeature(point(fields, n))
        if self.failure == "error":
            raise InputError("a later phase failed", "OUTPUT")
        if self.failure == "cancel":
            from ruimte_plugin.core.errors import Cancelled
            raise Cancelled()
        return {"OUTPUT": dest}


@pytest.mark.parametrize("failure", ["error", "cancel"])
def test_a_failed_or_cancelled_run_leaves_no_vector_output(qgis_processing, tmp_path, failure):
    path = str(tmp_path / "out.gpkg")
    algorithm = WritesThenFails(failure)
    algorithm.initAlgorithm()
    result, ok = algorithm.run({"OUTPUT": path}, QgsProcessingContext(), QgsProcessingFeedback())
    assert not ok and not os.path.exists(path)


def test_a_finished_run_keeps_its_output(qgis_processing, tmp_path):
    path = str(tmp_path / "out.gpkg")
    algorithm = WritesThenFails(None)
    algorithm.initAlgorithm()
    result, ok = algorithm.run({"OUTPUT": path}, QgsProcessingContext(), QgsProcessingFeedback())
    assert ok and count_features(path) == 2


def test_sensitivity_checks_cell_outputs_before_writing_any(provider, tmp_path):
    """Issue 21: sensitivity used to write OUTPUT and OAT_TABLE before it found that CELL_MEAN
    needs CRITERIA; now it refuses first and no file is left."""
    import processing
    from qgis.core import QgsProcessingException
    from test_sensitivity_alg import sites_layer
    out, oat = tmp_path / "s.gpkg", tmp_path / "oat.gpkg"
    with pytest.raises(QgsProcessingException, match="CRITERIA"):
        processing.run("ruimte:sensitivity", {
            "SITES": sites_layer(), "WEIGHTS": "0.5,0.5", "RUNS": 100, "OUTPUT": str(out),
            "OAT_TABLE": str(oat), "CELL_MEAN": str(tmp_path / "m.tif")})
    assert not out.exists() and not oat.exists()
