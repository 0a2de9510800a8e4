"""Which extraction rules have a table-test row that names them, per rule module.

Issue 18 asks that breaking any single rule fail a test naming it. A rule is a named function or method of a
rule module, or one of its module-level patterns; a row names it when the rule's name is one of the `.`/`:`
separated words of the row's id (tests/transforms/test_facts.py, test_entities.py, test_delegations.py) or, for
a pattern, when it has positive/negative examples (tests/transforms/test_lexicon.py). Grep-level, not proof:
run it to see the rules no row names yet.

    .venv/bin/python bench/rule_coverage.py [--missing]
"""

from __future__ import annotations

import argparse
import ast
import importlib
import re
from collections import Counter
from pathlib import Path

from transforms.patterns import EXAMPLES
from transforms.text import Scan

ROOT = Path(__file__).resolve().parent.parent
RULE_MODULES = [
    *sorted(
        f"transforms.facts.{p.stem}"
        for p in (ROOT / "transforms" / "facts").glob("*.py")
        if p.stem not in {"__init__", "lexicon"}
    ),
    "transforms.facts.lexicon",
    "transforms.persons",
    "transforms.entities",
    "transforms.delegations",
]
TABLE_TESTS = ["test_facts.py", "test_entities.py", "test_delegations.py"]


def _functions(path: Path) -> list[str]:
    """Top-level functions and methods of top-level classes, as `name` / `Class.name`."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    found: list[str] = []
    for node in tree.body:
        if isinstance(node, ast.FunctionDef):
            found.append(node.name)
        elif isinstance(node, ast.ClassDef):
            found += [f"{node.name}.{m.name}" for m in node.body if isinstance(m, ast.FunctionDef)]
    return [name for name in found if not name.rsplit(".", 1)[-1].startswith("__")]


def _row_ids(path: Path) -> list[str]:
    """The ids of a table test's rows: the first argument of every row helper (a module-level function whose
    first parameter is `rule`) and every `pytest.param(..., id=...)` written out."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    helpers = {
        n.name
        for n in tree.body
        if isinstance(n, ast.FunctionDef) and n.args.args and n.args.args[0].arg == "rule"
    }
    ids: list[str] = []
    for node in ast.walk(tree):
        if not isinstance(node, ast.Call):
            continue
        if isinstance(node.func, ast.Name) and node.func.id in helpers and node.args:
            first = node.args[0]
            if isinstance(first, ast.Constant) and isinstance(first.value, str):
                ids.append(first.value)
        elif isinstance(node.func, ast.Attribute) and node.func.attr == "param":
            ids += [
                k.value.value
                for k in node.keywords
                if k.arg == "id" and isinstance(k.value, ast.Constant) and isinstance(k.value.value, str)
            ]
    return ids


def row_words() -> Counter[str]:
    """How many rows name each word (a row counts once per word)."""
    words: Counter[str] = Counter()
    for name in TABLE_TESTS:
        for row_id in _row_ids(ROOT / "tests" / "transforms" / name):
            words.update({w.lstrip("_") for w in re.split(r"[.:\s/]+", row_id) if w})
    return words


def coverage() -> dict[str, list[tuple[str, str, int]]]:
    """Per rule module: (kind, rule, rows naming it)."""
    words = row_words()
    report: dict[str, list[tuple[str, str, int]]] = {}
    for module_name in RULE_MODULES:
        module = importlib.import_module(module_name)
        rows = [
            ("function", name, words[name.rsplit(".", 1)[-1].lstrip("_")])
            for name in _functions(Path(module.__file__ or ""))
        ]
        rows += [
            ("pattern", name, words[name] + _examples(v))
            for name, v in vars(module).items()
            if isinstance(v, (re.Pattern, Scan)) and _defined_in(module, name)
        ]
        report[module_name] = rows
    return report


def _examples(compiled: re.Pattern[str]) -> int:
    """The lexicon test's rows for a pattern: one per positive and per negative example."""
    found = EXAMPLES.get(compiled)
    return len(found.matches) + len(found.rejects) if found else 0


def _defined_in(module: object, name: str) -> bool:
    """A pattern assigned in this module's own source (not one imported from the lexicon)."""
    source = Path(getattr(module, "__file__", "") or "").read_text(encoding="utf-8")
    return re.search(rf"^{re.escape(name)}\s*(:[^=]*)?=", source, re.M) is not None


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--missing", action="store_true", help="list only the rules no row names")
    args = parser.parse_args()
    total_rules = total_rows = total_missing = 0
    for module_name, rows in coverage().items():
        named = sum(1 for _, _, n in rows if n)
        print(f"{module_name}: {len(rows)} rules, {named} named by a row, {sum(n for *_, n in rows)} rows")
        for kind, name, n in rows:
            if n == 0 or not args.missing:
                print(f"  {kind:8} {name:50} {n}")
        total_rules += len(rows)
        total_rows += sum(n for *_, n in rows)
        total_missing += sum(1 for *_, n in rows if n == 0)
    print(f"total: {total_rules} rules, {total_rules - total_missing} named by a row, {total_missing} not")


if __name__ == "__main__":
    main()
