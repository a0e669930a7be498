"""One row per library folder from gcovr's --json-summary: lines and branches covered.

A library folder is what holds one CMake library of ours: lesson-format/, each
player/<name>/ and authoring/<name>/ that has its own CMakeLists.txt; the files of the
executables (player/app, the authoring/*.cpp commands) get rows of their own.
Usage: python3 scripts/coverage_table.py build-coverage/coverage/summary.json
"""
import json
import os
import sys


def library_of(path):
    parts = path.split("/")
    if parts[0] == "lesson-format":
        return "lesson-format"
    if len(parts) > 2 and os.path.isfile(os.path.join(parts[0], parts[1], "CMakeLists.txt")):
        return parts[0] + "/" + parts[1]
    return parts[0] + " (executable)"


def main():
    with open(sys.argv[1], encoding="utf-8") as f:
        summary = json.load(f)
    rows = {}
    for entry in summary["files"]:
        row = rows.setdefault(library_of(entry["filename"]), [0, 0, 0, 0])
        row[0] += entry["line_covered"]
        row[1] += entry["line_total"]
        row[2] += entry["branch_covered"]
        row[3] += entry["branch_total"]
    pct = lambda covered, total: f"{100.0 * covered / total:.1f} %" if total else "—"
    print("| Library | Lines | Line coverage | Branches | Branch coverage |")
    print("|---|---|---|---|---|")
    totals = [0, 0, 0, 0]
    for name in sorted(rows):
        lc, lt, bc, bt = rows[name]
        totals = [a + b for a, b in zip(totals, rows[name])]
        print(f"| {name} | {lt} | {pct(lc, lt)} | {bt} | {pct(bc, bt)} |")
    lc, lt, bc, bt = totals
    print(f"| **all** | {lt} | **{pct(lc, lt)}** | {bt} | **{pct(bc, bt)}** |")


if __name__ == "__main__":
    main()
