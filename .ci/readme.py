"""Runs the code the README shows for other languages, exactly as written: every
fenced `python`, `r` and `js` block of its "From Python, R and JavaScript"
section, from the repository root.

Usage: python readme.py README.md PYTHON
"""
import re
import subprocess
import sys
import tempfile

readme = open(sys.argv[1], encoding="utf-8").read()
python = sys.argv[2]
section = readme.split("\n## From Python, R and JavaScript\n", 1)[1].split("\n## ", 1)[0]
blocks = re.findall(r"```(python|r|js)\n(.*?)```", section, re.S)
assert {language for language, _ in blocks} == {"python", "r", "js"}, blocks
runners = {"python": ([python], ".py"), "r": (["Rscript"], ".R"), "js": (["node"], ".mjs")}
for language, code in blocks:
    command, suffix = runners[language]
    with tempfile.NamedTemporaryFile("w", suffix=suffix, delete=False, encoding="utf-8") as f:
        f.write(code)
    result = subprocess.run(command + [f.name], capture_output=True, text=True)
    print(f"README {language} snippet: exit {result.returncode}")
    print("  " + result.stdout.strip().replace("\n", "\n  "))
    if result.returncode != 0:
        print(result.stderr, file=sys.stderr)
        sys.exit(1)
