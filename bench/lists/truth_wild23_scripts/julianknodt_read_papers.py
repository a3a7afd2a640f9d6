"""Wild23 truth for JulianKnodt/julianknodt.github.io read_papers.md: one person's list of papers read.

Shape: a personal "Papers I've Read" page in three parts: the unheaded first part (lines 5-12, a
blank line 9 splitting it in two groups), "## Papers I've Kind of Read" (lines 16-20) and
"## Papers I Mean to read" (lines 24-28).  One bullet per paper.
- First part: comma-separated fields in no fixed order: an optional field/category before the title
  ('Geometry', 'Image Processing', 'Graphics/Rendering'), the title, an optional rating after it
  ('Low', 'Mid', 'Good?', 'Good', 'N/A (COI)'), then '[URL](...)', sometimes a trailing comma.
  Line 8 ('Neural Subdivision, Good? [URL]') and lines 11-12 put the rating before the link with a
  space, not a comma.  Title = the one field that is neither a category nor a rating.
- Kind of read: 'Title [URL](url)'.  Line 18 'Geometry Distributions (Point Cloud Diffusion)': the
  parenthesis is the owner's gloss on the method, not title text (the paper is "Geometry
  Distributions"), so it is dropped.
- Mean to read: 'Title: bare url', line 26 title only (no link).
Special cases: line 5 writes a truncated title 'Laplacian Mesh Smoothing w Bilateral Weight for ...';
the '...' marks the truncation and is dropped (the title is kept as far as it is written).  Titles
keep the owner's spelling ('Cbrt 3 Subdivision' line 27, 'Rectangular Parameterization' line 28).
Ids: arXiv pdf links (6), dl.acm.org/doi/pdf DOIs (5); the IEEE 'stamp.jsp?arnumber=' link (line 5)
holds no DOI.
Entries: every bullet is a paper (17); nothing else in the file is a record (title, one-line
intro, two section headings).  Count check: 7 + 5 + 5 bullets = 17 entries.
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild23 import entry, read_lines, write_truth

NAME = "JulianKnodt__julianknodt.github.io__read_papers@3ec9396.md"
PART = "wild23_development"
CATEGORIES = {"Geometry", "Image Processing", "Graphics/Rendering"}
RATINGS = {"Low", "Mid", "Good?", "Good", "N/A (COI)"}
GLOSS = {18: " (Point Cloud Diffusion)"}


def first_part(text: str) -> str:
    body = re.sub(r"\[URL\]\([^)]*\),?\s*$", "", text[2:]).strip().rstrip(",").strip()
    fields = [f.strip() for f in body.split(",")]
    # a rating written after the title with a space instead of a comma ('Neural Subdivision Good?')
    last = fields[-1]
    for r in RATINGS:
        if last.endswith(" " + r):
            fields[-1:] = [last[: -len(r) - 1].strip(), r]
            break
    rest = [f for f in fields if f and f not in CATEGORIES and f not in RATINGS]
    assert len(rest) == 1, (text, rest)
    return rest[0]


def main() -> None:
    lines = read_lines(NAME)
    heads = {i: t for i, t in enumerate(lines, 1) if t.startswith("## ")}
    assert sorted(heads) == [14, 22], heads
    papers = []
    counts = [0, 0, 0]
    for i, text in enumerate(lines, 1):
        if not text.startswith("- "):
            continue
        part = 0 if i < 14 else 1 if i < 22 else 2
        counts[part] += 1
        if part == 0:
            title = first_part(text)
            title = title.removesuffix(" ...")
        elif part == 1:
            m = re.match(r"- (.+?) \[URL\]\(", text)
            assert m, i
            title = m.group(1)
            if i in GLOSS:
                assert title.endswith(GLOSS[i]), i
                title = title[: -len(GLOSS[i])]
        else:
            title = re.split(r":\s+https?://", text[2:])[0].strip()
        assert title in text, (i, title)
        papers.append(entry(lines, i, i, title))
    assert counts == [7, 5, 5], counts
    assert len(papers) == 17, len(papers)
    write_truth(NAME, PART, papers,
                "every bullet of the three parts (read, kind of read, mean to read) is one paper; title = the"
                " comma field that is neither a category nor a rating (first part), the text before ' [URL]'"
                " (second), the text before ': url' (third); the owner's gloss '(Point Cloud Diffusion)' and"
                " the truncation '...' of line 5 dropped",
                "all 17 bullets read by eye against the file; every title checked to occur in its line; 6 arXiv"
                " ids (arxiv.org/pdf) and 5 ACM DOIs (dl.acm.org/doi/pdf) checked; IEEE stamp link has no DOI")


if __name__ == "__main__":
    main()
