"""Official Dutch datasets -> the inputs the Ruimte criteria take (no QGIS): field look-up with
errors that name the dataset version expected, and the per-dataset rules (BAG, NWB, fairways,
capaciteitskaart, Natura 2000, AERIUS receptors)."""
