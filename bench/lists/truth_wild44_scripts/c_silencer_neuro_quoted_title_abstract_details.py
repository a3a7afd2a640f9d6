"""Wild44 truth for silencer1127/silencer1127.github.io _includes/bib_derivatives/journal.md: the journal-article
list of a neuroimaging researcher's Jekyll site (Jian Li: fMRI brain networks, cortical registration, epilepsy
SEEG, brainstem connectivity and consciousness), a Markdown file generated from the site's BibTeX by the owner's
script and included into the "Publications" page (``{% include bib_derivatives/journal.md %}``).

Shape (291 lines): year headings ``### 2026`` ... ``### 2018`` (1, 23, 75, 117, 150, 172, 205, 238, 270), then one
bullet per article, blank line between.  Each bullet is a fixed block:
- ``* `` + the author list (own name ``**J. Li**``, ``<sup>&dagger;</sup>`` co-first and ``<sup>&Dagger;</sup>``
  co-senior marks, a trailing comma and a Markdown hard break of two spaces);
- the title in straight double quotes with the comma after the closing quote: ``"Title",  ``;
- an italic venue line with volume/pages/year, then icon links: ``[<i class="fa fa-link"></i>](https://doi.org/...)
  {:target="..."}`` (kramdown attribute lists), a self-hosted PDF icon link on most, a ``.bib`` icon link;
- a two-space indented ``<details>`` block with ``<summary>Abstract</summary>`` (five with a video-camera icon and
  an embedded YouTube/Vimeo ``<iframe>``: 143/147, 188/192, 231/235, 286/290) and the abstract in a ``<p>``.
Special cases: 46 has the typo "nentworks" in the title; 153 an en dash; 273 an apostrophe and a question mark
inside the title; 67 an empty volume field ("*Neuroimage*, , p. 121224"); 55 an author list with bare surnames
("Warren, M. Raguz̆, ..., Schaper,").

Decisions:
- Entry = each ``* `` bullet with its title, venue and details lines (27, all journal articles); span = the
  bullet line through the closing ``</details>``.  The year headings are not entries.
- Title = the text inside the straight quotes on the bullet's second line (typo kept; '?' kept).
- Ids: the DOI of the venue line's link-icon (every bullet has one, all doi.org); no arXiv id is written.
"""

import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild44 import entry, read_lines, write_truth

NAME = "silencer1127__silencer1127.github.io___includes__bib_derivatives__journal@d1be694.md"
PART = "wild44_development"

TITLE = re.compile(r'^"(.+)",\s*$')


def main() -> None:
    lines = read_lines(NAME)
    papers = []
    years = []
    n = 0
    while n < len(lines):
        n += 1
        ln = lines[n - 1]
        if ln.startswith("### "):
            years.append(int(ln[4:]))
            continue
        if not ln.startswith("* "):
            assert not ln.startswith(("*", "-", '"')), (n, ln)  # only bullets' own lines start so
            continue
        m = TITLE.match(lines[n])
        assert m, (n, lines[n])
        assert lines[n + 1].startswith("*") and "https://doi.org/" in lines[n + 1], n
        assert lines[n + 2] == "  <details>", n
        end = n + 3
        while lines[end - 1] != "  </details>":
            end += 1
        papers.append(entry(lines, n, end, m.group(1)))
        n = end
    assert years == list(range(2026, 2017, -1)), years
    t = {p["line"]: p["title"] for p in papers}
    assert t[3] == "Untamed: Unconstrained tensor decomposition and graph node embedding for cortical parcellation"
    assert t[45] == "Subcortical hubs of brain nentworks sustaining human consciousness"
    assert t[152].startswith("Reduced subgenual cingulate\u2013dorsolateral prefrontal connectivity")
    assert t[272] == "Are you thinking what I'm thinking? Synchronization of resting fMRI time-series across subjects"
    assert t[282] == "A fingerprint of the epileptogenic zone in human epilepsies"
    d = {p["line"]: p["doi"] for p in papers}
    assert d[3] == "10.1002/hbm.70483" and d[65] == "10.1016/j.neuroimage.2025.121224"
    assert d[260] == "10.1109/tbme.2018.2875467" and d[282] == "10.1093/brain/awx306"
    assert all(p["doi"] for p in papers) and not any(p["arxiv"] for p in papers)
    spans = {p["line"]: p["end"] for p in papers}
    assert spans[3] == 11 and spans[139] == 148 and spans[282] == 291, spans
    assert len(papers) == 27, len(papers)
    write_truth(
        NAME, PART, papers,
        "Each '* authors' bullet with its quoted-title line, italic venue line and <details> abstract block is "
        "one journal article (27), spanning the bullet through </details>; title = the text inside the straight "
        "double quotes; DOI from the venue line's doi.org icon link; the ### year headings are not entries.",
        "Listed all 27 bullets with their title lines and checked each against the -v output; read the first and "
        "last bullet of every year (3/13, 25/65, 77/107, 119/139, 152/162, 174/195, 207/227, 240/260, 272/282) "
        "with their details blocks, the five blocks with an <iframe> video (spans end at </details>: 148, 193, "
        "236, 291), the title typo 46, en dash 153, '?' and apostrophe 273, the empty volume 67, the bare-surname "
        "author list 55, and that every DOI is the venue line's doi.org link (no arXiv/bioRxiv text anywhere).",
    )


if __name__ == "__main__":
    main()
