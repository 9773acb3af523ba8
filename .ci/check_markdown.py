"""Renders the Markdown edition with three real renderers and checks what a
reader sees: the paragraph numbers 1 to 16 in order, the footnote as a
footnote on GitHub, and no backslash left over from escaping.

Usage: python check_markdown.py seoul.md   (cmark-gfm on PATH)
"""
import html
import re
import subprocess
import sys

import markdown
from markdown_it import MarkdownIt

source = open(sys.argv[1], encoding="utf-8").read()

renderers = {
    "cmark-gfm (GitHub)": subprocess.run(
        ["cmark-gfm", "--extension", "footnotes", "--extension", "table", "--extension", "autolink"],
        input=source, capture_output=True, text=True, check=True).stdout,
    "markdown-it": MarkdownIt("commonmark").render(source),
    "Python-Markdown (default extensions)": markdown.markdown(source),
}

failed = False
for name, page in renderers.items():
    # The number that leads each rendered paragraph, as a reader sees it.
    paragraphs = re.findall(r"<p>(.*?)</p>", page, re.S)
    numbers = [int(m.group(1)) for p in paragraphs
               if (m := re.match(r"<strong>(\d+)\.</strong>\s", p))]
    lists = len(re.findall(r"<ol", page))
    text = html.unescape(re.sub(r"<[^>]+>", "", page))
    leftovers = sorted(set(re.findall(r"\\[^\s]", text)))
    ok = numbers == list(range(1, 17)) and lists == (1 if "cmark" in name else 0) and not leftovers
    if "cmark" in name:
        footnote = 'class="footnotes"' in page or 'data-footnotes' in page
        ok = ok and footnote and 'href="#fn-1"' in page
    print(f"{name}: paragraph numbers {numbers[0] if numbers else None}..{numbers[-1] if numbers else None} "
          f"({len(numbers)} in order: {numbers == list(range(1, 17))}), ordered lists {lists}, "
          f"escaping left visible {leftovers or 'none'}" + (f", footnote rendered {footnote}" if "cmark" in name else ""))
    failed |= not ok
sys.exit(1 if failed else 0)
