"""Wild13 truth for sig-pku/awesome-papers README: a seminar reading list of
'- [VenueTag] [Title](url) ✨' bullets, each followed by a one-paragraph summary.

Shape: '###' topic headings; under them '- [SIGGRAPH25] [Title](url)' bullets (two with a double
space after the dash), five marked with a trailing '✨' emoji; the summary paragraph sits on the next
line or after one or two blank lines, indented two to five spaces (sometimes a whitespace-only
line in between).  An entry spans its bullet line to the last non-blank line before the next
bullet, heading or end of file.  Title = the second bracket's link text; the leading '[Venue]' tag
(e.g. '[CVPR25Highlight]', '[NeurlPS 2025 Spotlight]', '[arxiv]') is dropped, as is the ✨.  Titles
are kept as written ('3DCS:3D Convex Splatting: ...', 'Human Motion Diffsion Model').  Links to
project pages (LL3M, MeshCoder, Infinigen twice, Scene Language, Holodeck, LayoutVLM) still name
papers: entries without ids.  An arxiv.org/html/...v1 link gives its id.

Not an entry: '- [Scene Synthesizer](url)' (line 106), whose summary calls it 'A Python package to
easily create scenes for robot manipulation tasks' (a tool, and its bullet carries no venue tag).
The intro paragraph and headings are not entries.

Counts: 49 '^- ' bullets (grep) = 48 '[Venue] [Title](' bullets + Scene Synthesizer; 5 '✨'.
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild13 import entry, read_lines, write_truth

NAME = "sig-pku__awesome-papers__README@a314469.md"
LINES = read_lines(NAME)
TOOL = 106


def main() -> None:
    papers = []
    n = len(LINES)
    sparkles = 0
    for i, text in enumerate(LINES, 1):
        if not text.startswith("- "):
            continue
        if i == TOOL:
            assert text.startswith("- [Scene Synthesizer]("), i
            continue
        m = re.match(r"- +\[([^\]]+)\] \[(.+?)\]\((\S+)\)\s*(✨)?\s*$", text)
        assert m, i
        sparkles += bool(m.group(4))
        last = i
        j = i + 1
        while j <= n and not LINES[j - 1].startswith(("- ", "#")):
            if LINES[j - 1].strip():
                last = j
            j += 1
        assert last > i, i  # every paper has a summary
        papers.append(entry(LINES, i, last, m.group(2)))
    assert len(papers) == 48, len(papers)
    assert sparkles == 5, sparkles
    write_truth(NAME, "wild13_development", papers,
                "every '- [Venue] [Title](url)' bullet with its summary paragraph is an entry, title = the second"
                " bracket's link text (venue tag and ✨ dropped); the 'Scene Synthesizer' Python-package bullet is not",
                "bullet count by grep (49 = 48 + the tool), the 5 ✨ bullets, every title against the file, the entry"
                " spans over blank and whitespace-only lines (10-12, 27-29, 35-38, 40-42, 187-189, 190-192), the"
                " project-page links without ids, ACM DL DOIs, the arxiv.org/html id")


if __name__ == "__main__":
    main()
