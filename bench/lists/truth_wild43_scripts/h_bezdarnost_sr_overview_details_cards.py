"""Wild43 truth for Bezdarnost/awesome-super-resolution research-overviews.md: a personal page of
super-resolution method overviews, one HTML ``<details>`` card per method; newest commit 4894e9e (2023-12-12,
"Update research-overviews.md").  The repository's README is a stub; this is its paper page.

Shape: 30 cards, each ``<details>`` / ``<summary>NAME</summary>`` / body / ``</details>``, separated by blank
lines, newest first.  Six cards are written out (1-73 DiffPIR, 79-145 Omni-SR, 151-218 DiffIR, 224-292 KDSRGAN,
307-376 SCUNet, 382-452 BSRGAN): the summary is ``Nickname: Title (MM.YYYY)``, the body has bold field labels
(``**Publication Date:**`` / ``**Date of Introduction:**``, ``**Conference/Publication:**``, ``**Authors:**``,
abstract, concepts, methods, datasets, results ...), a ``**References:**`` list ``- [paper](https://arxiv.org/pdf/
<id>.pdf)`` / ``- [github](...)`` and a fenced BibTeX block of the same paper (whose title can differ from the
summary: Omni-SR's BibTeX says ``Omni Aggregation Networks for Lightweight Image Super-Resolution``, KDSRGAN's
drops the nickname).  BSRGAN's date line also writes ``arXiv:2103.14006v2`` (the same id as its paper link).
One card (298-301 ``<summary>Swin2SR</summary>``) holds only the model's GitHub URL; the other 23 (458-682,
``SRFBN (2019)`` ... ``SRCNN (2014)``) are empty stubs naming a method and a year.

Decisions:
- Every card is an entry (30): its subject is one method paper; lines = ``<details>`` .. ``</details>``.
- Title: for the six written-out cards, the summary text without the ``(MM.YYYY)`` date, as the file writes it
  (nickname prefix kept: ``DiffPIR: Denoising Diffusion Models ...``, ``Omni-SR: Omni-Dimension Feature
  Aggregation for Lightweight Image Super-Resolution`` -- not the BibTeX's differing title); the BibTeX block
  inside a card is part of that card, not another entry.  The Swin2SR card and the 23 stubs name the paper only
  by a nickname (``SRCNN``), so their title is null; the Swin2SR card's github.com link is code, no id.
- Ids: the arXiv id of the card's own links/text (first one; BSRGAN's ``arXiv:2103.14006v2`` and its PDF link
  agree); no DOIs.
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild43 import entry, read_lines, write_truth

NAME = "Bezdarnost__awesome-super-resolution__research-overviews@4894e9e.md"
PART = "wild43_development"

SUMMARY = re.compile(r"^<summary>(?P<s>.+)</summary>$")
FULL = re.compile(r"^(?P<t>.+?) \((?P<d>\d\d\.\d{4})\)$")
STUB = re.compile(r"^[A-Za-z0-9-]+ \((?P<y>\d{4})\)$")


def main() -> None:
    lines = read_lines(NAME)
    papers = []
    opens = [n for n, ln in enumerate(lines, 1) if ln == "<details>"]
    closes = [n for n, ln in enumerate(lines, 1) if ln == "</details>"]
    assert len(opens) == len(closes) == 30
    for a, b in zip(opens, closes, strict=True):
        assert a < b and all(lines[k - 1] not in ("<details>", "</details>") for k in range(a + 1, b))
        s = SUMMARY.match(lines[a]).group("s")
        m = FULL.match(s)
        if m:
            title = m.group("t")
            assert any(ln.startswith("- [paper](https://arxiv.org/pdf/") for ln in lines[a:b]), a
        else:
            assert s == "Swin2SR" or STUB.match(s), (a, s)
            assert all(not ln.strip() for ln in lines[a + 1 : b - 1]) or s == "Swin2SR", a
            title = None
        papers.append(entry(lines, a, b, title))
    full = [p for p in papers if p["title"]]
    assert [p["line"] for p in full] == [1, 79, 151, 224, 307, 382]
    assert all(p["arxiv"] for p in full) and not any(p["arxiv"] or p["doi"] for p in papers if not p["title"])
    assert full[5]["arxiv"] == "2103.14006"
    assert full[1]["title"] == "Omni-SR: Omni-Dimension Feature Aggregation for Lightweight Image Super-Resolution"
    assert len(papers) == 30, len(papers)
    write_truth(
        NAME,
        PART,
        papers,
        "Each of the 30 <details> method cards is an entry (lines <details>..</details>): the six written-out"
        " cards are titled by their summary without the (MM.YYYY) date, nickname prefix kept, BibTeX inside a"
        " card not a separate entry; the Swin2SR link-only card and the 23 empty stub cards (SRFBN (2019) ..."
        " SRCNN (2014)) name the paper only by a nickname, title null; ids = the card's arXiv link.",
        "Whole 682-line file listed; every card's <details>/</details> pair asserted, summaries matched to the"
        " full 'Title (MM.YYYY)' or stub 'NAME (YYYY)' pattern; -v output compared with all six full cards"
        " (1-73, 79-145, 151-218, 224-292, 307-376, 382-452: titles, arXiv ids 2305.08995, 2304.10244,"
        " 2303.09472, 2211.16928, 2203.13278, 2103.14006), the Swin2SR card 298-301 and the stubs 458-462 ...."
        " 678-682 (first, last and ~10 between); Omni-SR and KDSRGAN BibTeX titles differing from the summary"
        " noted and the summary kept.",
    )


if __name__ == "__main__":
    main()
