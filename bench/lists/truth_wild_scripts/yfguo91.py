"""Wild truth for yfguo91/yfguo91.github.io _pages/about.md: a researcher's home page (AcadHomepage template).

Under '# Publications', papers come in two shapes:

- a '<div class='paper-box'>' card: a badge with the venue and an image, then in the text div the
  linked title '[Title](url)', Code/Paper links, an author line and a one-bullet summary.  The entry
  runs from the card's first line to its closing '</div>' (the second after the summary); title =
  the first link's text after the 'paper-box-text' line.
- a plain '[Title](url), **Venue Year**' line with an author sub-bullet under it (the entry is both
  lines); title = the link text (one has an empty link target: still an entry, title given).

Not entries: the News bullets (they speak of papers without naming a title), the card inside an HTML
comment (the template's 'Deep Residual Learning' placeholder, not rendered), talks, honours,
education, services.  Ids are read literally from each entry's lines: the 'Advancing-front-Delaunay'
line links the Springer URL of the mesh-smoothing paper (a copy-paste slip), and that DOI is what the
entry's lines give, so it is kept.  Emerald URLs '.../doi/10.1108/X/full/html' lose the '/full/html'
tail; ScienceDirect/linkinghub 'pii' URLs and CNKI links give no DOI.
"""
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "truth_scripts"))
from _heldout import arxiv_of, clean, doi_of, tidy
from _wild import read_lines, save

NAME = "yfguo91__yfguo91.github.io___pages__about@5a94477.md"
PART = "wild_held_out"


def hidden_lines(lines: list[str]) -> set[int]:
    """1-based numbers of lines that start inside an HTML comment or open one."""
    out, inside = set(), False
    for n, text in enumerate(lines, 1):
        if inside or text.lstrip().startswith("<!--"):
            out.add(n)
        pos = 0
        while True:
            j = text.find("-->" if inside else "<!--", pos)
            if j < 0:
                break
            inside, pos = not inside, j + (3 if inside else 4)
    return out


def main() -> None:
    lines = read_lines(NAME)
    hidden = hidden_lines(lines)
    papers = []

    def add(first: int, last: int, title: str | None) -> None:
        own = "\n".join(lines[first - 1 : last])
        doi = doi_of(own)
        if doi:
            doi = re.sub(r"^(10\.1108/[^/]+)/full/html$", r"\1", doi)
        papers.append({"line": first, "end": last, "title": tidy(clean(title)) if title else None,
                       "arxiv": arxiv_of(own), "doi": doi})

    start = next(i for i, x in enumerate(lines, 1) if x.startswith("# 📝 Publications"))
    stop = next(i for i, x in enumerate(lines, 1) if x.startswith("# 💬 Invited Talks"))
    i = start
    while i < stop:
        text = lines[i - 1]
        if i in hidden:
            i += 1
            continue
        if text.startswith("<div class='paper-box'>"):
            j = i
            while not lines[j - 1].startswith("<div class='paper-box-text'"):
                j += 1
            while not lines[j - 1].startswith("["):
                j += 1
            title = re.match(r"\[([^\]]+)\]\(", lines[j - 1]).group(1)
            # the card closes with two '</div>' lines after the summary
            k = j
            while not (lines[k - 1].strip() == "</div>" and lines[k].strip() == "</div>"):
                k += 1
            add(i, k + 1, title)
            i = k + 2
            continue
        m = re.match(r"\[([^\]]+)\]\([^)]*\),\s+\*\*", text)
        if m:
            assert lines[i].startswith("- "), i
            add(i, i + 1, m.group(1))
            i += 2
            continue
        i += 1

    out = {
        "file": NAME,
        "part": PART,
        "method": "every paper card ('paper-box' div, not commented out) and every '[Title](url), **Venue**' line with"
                  " its author bullet under '# Publications' is an entry; title = the card's or line's first link text",
        "checked": "every entry of the file (26: 17 cards from first div to closing div, 9 plain lines with their"
                   " author bullets), each title, id and line range against the file; the commented-out placeholder"
                   " card, the News bullets and the sections after Publications (no entries); the copied Springer"
                   " DOI on the Advancing-front-Delaunay line kept as written; Emerald '/full/html' tails dropped",
        "papers": papers,
    }
    save(out)


if __name__ == "__main__":
    main()
