"""Great Expectations imported with scipy.stats and altair deferred (expectations/gx_import.py): the suites still
run on GE itself, the two modules load only when used, and they work when they are."""

import json
import subprocess
import sys
import textwrap
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def _run(code: str) -> dict:
    """`code` in a fresh interpreter (the import state of this test process is shared by every test)."""
    out = subprocess.run(
        [sys.executable, "-c", textwrap.dedent(code)], cwd=ROOT, capture_output=True, text=True, check=True
    )
    return json.loads(out.stdout.strip().splitlines()[-1])


def test_a_validation_loads_neither_scipy_stats_nor_altair() -> None:
    """Nor does `inspect.stack()` (dbt's adapter calls it in the run's process), which reads `__file__`."""
    found = _run("""
        import json, sys
        import pandas as pd
        from expectations.runner import validate_frame
        frame = pd.DataFrame({"fact_id": ["f1", "f1"], "value": [3.0, -1.0]})
        result = validate_frame("marts", frame, table="fct_money")
        import inspect
        inspect.stack()  # reads __file__ of every module, as dbt does in a run's process
        state = {m: type(sys.modules[m]).__name__ for m in ("scipy.stats", "altair") if m in sys.modules}
        gx = sys.modules["great_expectations"]
        kl = gx.expectations.ExpectColumnKLDivergenceToBeLessThan  # registered as GE registers it
        print(json.dumps({"state": state, "failed": sorted(map(list, result.failed_expectations())),
                          "kl": kl.__name__}))
    """)
    assert found["state"] == {"scipy.stats": "_DeferredModule", "altair": "_DeferredModule"}
    assert ["expect_column_values_to_be_unique", "fact_id"] in found["failed"]
    assert found["kl"] == "ExpectColumnKLDivergenceToBeLessThan"


def test_the_deferred_modules_load_when_used() -> None:
    found = _run("""
        import json, sys
        from expectations.gx_import import import_gx
        import_gx()
        from scipy import stats
        import altair
        entropy = float(stats.entropy([0.5, 0.5], [0.9, 0.1]))
        chart = type(altair.Chart()).__name__
        print(json.dumps({"entropy": round(entropy, 6), "chart": chart,
                          "state": {m: type(sys.modules[m]).__name__ for m in ("scipy.stats", "altair")}}))
    """)
    assert found["entropy"] == 0.510826
    assert found["chart"] == "Chart"
    assert found["state"] == {"scipy.stats": "module", "altair": "module"}


def test_a_kl_divergence_expectation_still_validates() -> None:
    """GE's one expectation that uses both modules, run through the deferred import: scipy.stats loads."""
    found = _run("""
        import json, sys
        import pandas as pd
        from expectations.gx_import import import_gx
        gx = import_gx()
        context = gx.get_context(mode="ephemeral")
        batch = (context.data_sources.add_pandas("p").add_dataframe_asset("a")
                 .add_batch_definition_whole_dataframe("b")
                 .get_batch(batch_parameters={"dataframe": pd.DataFrame({"x": ["a", "a", "b"]})}))
        rule = gx.expectations.ExpectColumnKLDivergenceToBeLessThan(
            column="x", partition_object={"values": ["a", "b"], "weights": [0.5, 0.5]}, threshold=0.1)
        result = batch.validate(rule)
        print(json.dumps({"success": result.success, "observed": result.result["observed_value"],
                          "stats": type(sys.modules["scipy.stats"]).__name__}))
    """)
    assert found["success"] is True  # KL(2/3, 1/3 || 1/2, 1/2) = 0.0566 < 0.1
    assert round(found["observed"], 4) == 0.0566
    assert found["stats"] == "module"


def test_threads_that_use_a_deferred_module_first_all_see_it_whole() -> None:
    found = _run("""
        import json, sys, threading
        from expectations.gx_import import import_gx
        import_gx()
        altair = sys.modules["altair"]
        start, seen = threading.Barrier(4), []
        def use():
            start.wait()
            seen.append(altair.Chart.__name__)
        threads = [threading.Thread(target=use) for _ in range(4)]
        for t in threads: t.start()
        for t in threads: t.join()
        print(json.dumps({"seen": seen, "state": type(altair).__name__}))
    """)
    assert found == {"seen": ["Chart"] * 4, "state": "module"}
