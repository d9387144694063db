"""Processing algorithms of the Ruimte provider, one per module."""

from .accessibility import AccessibilityAlgorithm
from .allocate import AllocateAlgorithm
from .allocate_scenarios import AllocateScenariosAlgorithm
from .ahp_weights import AhpWeightsAlgorithm
from .combine import CombineAlgorithm
from .compare_scenarios import CompareScenariosAlgorithm
from .grid_capacity import GridCapacityAlgorithm
from .landscape import LandscapeAlgorithm
from .locate_sites import LocateSitesAlgorithm
from .nitrogen import NitrogenAlgorithm
from .park_fit import ParkFitAlgorithm
from .park_potential import ParkPotentialAlgorithm
from .prepare_aerius import PrepareAeriusAlgorithm
from .prepare_bag import PrepareBagAlgorithm
from .prepare_capacity import PrepareCapacityAlgorithm
from .prepare_fairways import PrepareFairwaysAlgorithm
from .prepare_natura2000 import PrepareNatura2000Algorithm
from .prepare_nwb import PrepareNwbAlgorithm
from .profile_suitability import ProfileSuitabilityAlgorithm
from .regional_value import RegionalValueAlgorithm
from .report import ReportAlgorithm
from .score_sites import ScoreSitesAlgorithm
from .sensitivity import SensitivityAlgorithm
from .standardize import StandardizeAlgorithm
from .zoning import ZoningAlgorithm

ALGORITHM_CLASSES = (StandardizeAlgorithm, AhpWeightsAlgorithm, CombineAlgorithm,
                     NitrogenAlgorithm, GridCapacityAlgorithm, ZoningAlgorithm,
                     LandscapeAlgorithm, AccessibilityAlgorithm, ProfileSuitabilityAlgorithm,
                     ScoreSitesAlgorithm, LocateSitesAlgorithm, ParkFitAlgorithm,
                     ParkPotentialAlgorithm,
                     SensitivityAlgorithm, CompareScenariosAlgorithm, ReportAlgorithm,
                     AllocateAlgorithm, RegionalValueAlgorithm, AllocateScenariosAlgorithm,
                     PrepareBagAlgorithm, PrepareNwbAlgorithm, PrepareFairwaysAlgorithm,
                     PrepareCapacityAlgorithm, PrepareAeriusAlgorithm,
                     PrepareNatura2000Algorithm)


def all_algorithms():
    return [cls() for cls in ALGORITHM_CLASSES]
