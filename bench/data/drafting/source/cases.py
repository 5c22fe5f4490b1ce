from cases_ref_pa import CASES as A
from cases_app_pi import CASES as B
from cases_ds_pm import CASES as C
CASES = A + B + C
