"""The PROFILE choice and the outputs of ruimte:profilesuitability as a user meets them: the
value is the profile id (scripts, qgis_process, models), the dialog shows names (the widget
itself is checked in the desktop, test_desktop.py), the help lists per profile the inputs it
needs, and intermediate outputs are not made unless asked for."""

import json

from qgis.core import QgsApplication

from testdata import ROOT


def test_profile_help_lists_what_each_profile_needs(provider):
    alg = QgsApplication.processingRegistry().createAlgorithmById("ruimte:profilesuitability")
    param = alg.parameterDefinition("PROFILE")
    assert "xxl_logistics" in param.options()                    # the value is the id
    assert param.metadata()["widget_wrapper"]["class"].endswith(
        "profile_widget.ProfileWidgetWrapper")
    # resources/profiles/xxl_logistics.json: nitrogen, zoning, landscape and accessibility
    # essential, grid optional (its evidence block); the inputs that assess them
    profile = json.loads((ROOT / "resources" / "profiles" / "xxl_logistics.json")
                         .read_text(encoding="utf-8"))
    line = ("XXL logistics (distribution centre) (xxl_logistics): essential: accessibility "
            "(RAMPS), landscape (PROTECTED), nitrogen (HABITATS), environmental zoning "
            "(SENSITIVE); optional: grid congestion (CAPACITY_AREAS)")
    assert profile["name"]["en"] == "XXL logistics (distribution centre)"
    assert f"<li>{line}</li>" in param.help()
    assert line in alg.shortHelpString()
    # every built-in profile has its line
    assert param.help().count("<li>") == len(param.options())


def test_intermediate_outputs_are_not_made_by_default(provider):
    alg = QgsApplication.processingRegistry().createAlgorithmById("ruimte:profilesuitability")
    made = {d.name(): d.createByDefault() for d in alg.destinationParameterDefinitions()}
    assert made.pop("OUTPUT") is True
    assert set(made) >= {"EXCLUDED", "EVIDENCE", "NITROGEN_SCORE", "GRID_SCORE"}
    assert not any(made.values()), made


def test_profile_id_through_qgis_process(qgis_process):
    """qgis_process shows the profile ids as the values of PROFILE."""
    result = qgis_process("help", "ruimte:profilesuitability")
    assert result.returncode == 0, result.stderr
    assert "xxl_logistics" in result.stdout
