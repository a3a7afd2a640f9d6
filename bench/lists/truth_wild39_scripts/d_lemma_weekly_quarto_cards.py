"""Wild39 truth for bezlemma/LemmaJournalClubWeeklyUpdate papers_final.md at commit ca63e25 (the file's last version:
the next commit, e3c0de6 "Delete papers_final.md", removed it, and the newest commit keeps only Quarto ``.qmd`` copies
in PreviousWeeks/): a biophysics lab's machine-curated weekly paper digest, "Weekly Update Mar 6 '26" (soft matter,
biomolecular condensates, membranes, active matter, single-molecule biophysics, theoretical biological physics).

Shape: a Quarto/Pandoc document.  YAML front matter (1-6); ``# Featured Papers`` (8) then a Pandoc fenced-div grid
``::: {.grid}`` holding two ``::: {.g-col-12 .g-col-md-6}`` cards (12-16, 18-22; closing ``:::`` at 24); then
``## More Papers`` (26) and 134 more cards without divs.  Every card is the same three lines: a level-4 heading
that is a link whose destination is in angle brackets, ``#### [Title](<url>)`` (the destination may hold
parentheses, e.g. Cell Press ``S0006-3495(26)00178-5``); an italic author line ending in `` <br>``; a one-sentence
machine summary.  Links go to bioRxiv (55), arXiv (25), link.aps.org DOI pages (17), nature.com article pages (16),
cell.com Biophysical Journal full texts (10), PNAS DOI pages (6), RSC Soft Matter landing pages (3), doi.org (2, the
featured Nature Physics / Nature Cell Biology papers) and eLife (2).

Entries (136): every card -- journal articles and preprints (bioRxiv, arXiv), one each; no card repeats a link.
An entry spans its three lines (heading, authors, summary); the ``:::`` div fences are markup, not entry text.
Title: the link text as written (two end in a full stop from the feed, "...G-quadruplex recognition." and
"...TRPV3 channels.", which the title convention drops; "Na +" with its space, "μ-opioid", "sRNA–mRNA",
"Cation-π" and the quoted "thermal radar" kept).  Ids from the link: arXiv ids from the arxiv.org/abs URLs (version
dropped); DOIs from doi.org, link.aps.org/doi/ and pnas.org/doi/abs/ URLs (the ``?af=R`` feed query dropped) and from
bioRxiv content URLs, whose ``v1``/``v2`` version suffix is not part of the DOI -- bioRxiv's newer 10.64898 prefix
as well as 10.1101; nature.com article ids, Cell Press PII URLs, RSC landing pages and eLife article URLs give none.
"""
import re
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild39 import entry, read_lines, write_truth

NAME = "bezlemma__LemmaJournalClubWeeklyUpdate__papers_final@ca63e25.md"
PART = "wild39_development"

CARD = re.compile(r"^#### \[(.+)\]\(<([^<>\s]+)>\)$")


def main() -> None:
    lines = read_lines(NAME)
    assert lines[0] == "---" and lines[5] == "---" and lines[7] == "# Featured Papers" and lines[25] == "## More Papers"
    papers = []
    hosts = Counter()
    for i, ln in enumerate(lines, 1):
        if not ln.startswith("#### "):
            continue
        m = CARD.match(ln)
        assert m, i
        authors, summary = lines[i], lines[i + 1]
        assert authors.startswith("*") and authors.endswith("* <br>"), i
        assert summary.strip() and not summary.startswith(("#", "*", ":")), i
        assert lines[i + 2] in ("", ":::"), i
        hosts[re.sub(r"^https?://([^/]+)/.*$", r"\1", m.group(2))] += 1
        p = entry(lines, i, i + 2, m.group(1))
        if p["doi"] and (p["doi"].startswith("10.64898/") or p["doi"].startswith("10.1101/")):
            p["doi"] = re.sub(r"v\d+$", "", p["doi"])  # the bioRxiv version is not part of the DOI
        papers.append(p)
    # every non-card line is front matter, a heading, a div fence or blank
    cards = {q for p in papers for q in range(p["line"], p["end"] + 1)}
    rest = [ln for i, ln in enumerate(lines, 1) if i not in cards and i > 6]
    assert all(ln in ("", ":::", "::: {.grid}", "::: {.g-col-12 .g-col-md-6}", "# Featured Papers", "## More Papers")
               for ln in rest), rest
    assert hosts == {"www.biorxiv.org": 55, "arxiv.org": 25, "link.aps.org": 17, "www.nature.com": 16, "www.cell.com": 10,
                     "www.pnas.org": 6, "pubs.rsc.org": 3, "doi.org": 2, "elifesciences.org": 2}, hosts
    assert len({lines[p["line"] - 1] for p in papers}) == len(papers)  # no repeated card
    t = {p["line"]: p for p in papers}
    assert t[13]["doi"] == "10.1038/s41567-026-03191-w" and t[19]["doi"] == "10.1038/s41556-026-01887-y"
    assert t[32]["doi"] == "10.64898/2026.03.05.709932", t[32]
    assert t[124]["doi"] == "10.1101/2025.11.14.688412", t[124]
    assert t[72]["doi"] == "10.1103/p3tt-gq73" and t[228]["doi"] == "10.1073/pnas.2530709123", (t[72], t[228])
    assert t[64]["arxiv"] == "2603.05170" and t[440]["arxiv"] == "2603.01512", (t[64], t[440])
    assert t[28]["doi"] is None and t[44]["doi"] is None and t[36]["doi"] is None and t[268]["doi"] is None
    assert t[120]["title"].endswith("G-quadruplex recognition") and t[260]["title"].endswith("TRPV3 channels")
    assert t[536]["title"] == "Local GPCR density tips the balance of μ-opioid receptor trafficking"
    assert sum(1 for p in papers if p["arxiv"]) == 25
    assert sum(1 for p in papers if p["doi"]) == 55 + 17 + 6 + 2
    assert len(papers) == 136, len(papers)
    write_truth(
        NAME, PART, papers,
        "Each '#### [Title](<url>)' card (heading, italic authors, one-sentence summary; 2 inside Quarto grid divs, "
        "134 after '## More Papers') is one entry over its three lines; title = the link text; ids from the link "
        "(arXiv abs URLs, doi.org / APS / PNAS DOI URLs, bioRxiv DOIs without the version suffix).",
        "All 136 headings read in the -v output and against the file: the card layout asserted for every card, the "
        "two featured cards inside the ::: divs (13, 19), first and last card of 'More Papers' (28, 560), ~20 "
        "titles compared by eye, the titles with a feed full stop (120, 260) and special characters (36 'Na +', "
        "536 'μ-opioid', 140 'sRNA–mRNA', 136 'Cation-π', 316 quoted 'thermal radar'), link hosts counted, and the "
        "ids per host: DOIs from doi.org, link.aps.org and pnas.org (query dropped), bioRxiv 10.64898 and 10.1101 "
        "DOIs without v1/v2, arXiv ids without version; Nature, Cell Press PII, RSC and eLife URLs none.",
    )


if __name__ == "__main__":
    main()
