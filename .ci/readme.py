"""Runs the code the README shows for other languages, exactly as written: every
fenced `python`, `r` and `js` block of its "What did the ministers commit to?"
and "From Python, R and JavaScript" sections, from the repository root.

Usage: python readme.py README.md PYTHON
"""
import re
import subprocess
import sys
import tempfile

readme = open(sys.argv[1], encoding="utf-8").read()
python = sys.argv[2]
def section(heading):
    return readme.split(f"\n## {heading}\n", 1)[1].split("\n## ", 1)[0]


commitments = re.findall(r"```(python)\n(.*?)```", section("What did the ministers commit to?"), re.S)
assert len(commitments) == 1, commitments
others = re.findall(r"```(python|r|js)\n(.*?)```", section("From Python, R and JavaScript"), re.S)
assert {language for language, _ in others} == {"python", "r", "js"}, others
blocks = commitments + others
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
