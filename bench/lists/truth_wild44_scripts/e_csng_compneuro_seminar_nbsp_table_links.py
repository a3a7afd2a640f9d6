"""Wild44 truth for CSNG-MFF/website compneuroseminar2022.md: the 2022-2023 archive of the computational neuroscience
seminar of the Computational Systems Neuroscience Group (Charles University, Prague), a Jekyll page of the group's
site: one Markdown table row per seminar meeting, the presenter and the journal article (or topic) presented.

Shape (37 lines, no final newline): 4 lines of YAML front matter ("layout: seminar"), two blank lines, the table
header (7-8) "|Date| Presenter |Topic  | Presenter's affiliation |" and 29 rows (9-37) "|21.09.22 | &nbsp;&nbsp;
Name | &nbsp;&nbsp; [Title](url) | &nbsp;&nbsp; Charles University  |" (every cell padded with two &nbsp; entities,
dates with or without a space before the pipe).
Special cases: a row whose Topic cell is a talk topic followed by two linked papers split across the link texts
"[(link1,](doi) [link2)](doi)" (9); a row with a review topic and no link (30); the same paper presented twice
(02.11.22 and 08.03.23, 14 and 25); hosts: Nature and Nature Neuroscience/Communications/Scientific Reports article
pages, bioRxiv (content/10.1101 URLs with v1 and .full.pdf tails, and one "biorxiv/early/..." URL without the DOI, 31),
PNAS and Journal of Neurophysiology doi URLs, Springer, eLife, PMC, Europe PMC render URL, a Neuron PDF by PII, MIT
Press (Neural Computation), OpenReview, doi.org, a lab-hosted PDF (12).

Decisions:
- Entry = each paper a row links in its Topic cell: one per row (27 rows), two for row 9 (its two links); 29 entries.
  The repeated paper (14, 25) gives two entries.
- Title = the link text (the paper's title as the seminar writes it); null for the two papers of row 9, whose link
  texts are "(link1," and "link2)" and whose plain text "Closed-loop optogenetic control of neural activity" is the
  talk's topic shared by both papers, not a title of either.
- Not an entry: row 30, "Review: morphological and functional properties and differences of cells across layers of
  cat V1" (a review talk naming no paper).
- Ids: each entry's own link: DOIs from doi.org, bioRxiv content/10.1101 (version and .full.pdf dropped), Springer,
  PNAS and physiology.org URLs; row 9's two entries each take the DOI of their own link; none from Nature article
  ids, eLife, PMC, the Neuron PII, MIT Press, OpenReview, the bioRxiv "early" URL or the lab PDF.  No arXiv id.
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild44 import doi_of, entry, read_lines, write_truth

NAME = "CSNG-MFF__website__compneuroseminar2022@74cb2a0.md"
PART = "wild44_development"

ROW = re.compile(r"^\|\d\d\.\d\d\.\d\d ?\|")
LINK = re.compile(r"\[(?P<text>[^\]]+)\]\((?P<url>[^)\s]+) ?\)")


def main() -> None:
    lines = read_lines(NAME)
    papers = []
    rows = 0
    for n, text in enumerate(lines, 1):
        if not ROW.match(text):
            assert "](" not in text, (n, text)
            continue
        rows += 1
        topic = text.split("|")[3]
        links = list(LINK.finditer(topic))
        if not links:
            assert "Review: morphological" in topic, (n, text)
            continue
        if len(links) == 2:
            assert [m.group("text") for m in links] == ["(link1,", "link2)"], (n, text)
            for m in links:
                paper = entry(lines, n, n, None)
                paper["doi"] = doi_of(m.group("url"))
                papers.append(paper)
            continue
        assert len(links) == 1, (n, text)
        papers.append(entry(lines, n, n, links[0].group("text")))
    assert rows == 29, rows
    assert papers[0]["doi"] != papers[1]["doi"] and all(p["doi"] for p in papers[:2])
    assert not any(p["arxiv"] for p in papers)
    assert len(papers) == 29, len(papers)
    write_truth(
        NAME,
        PART,
        papers,
        "Each paper linked in a seminar row's Topic cell is an entry on that row's line (one per row, two for the row"
        " whose topic is followed by '(link1, link2)'); title = the link text, null for those two links; the review"
        " talk without a link is not an entry; ids from each entry's own link (29).",
        "Whole file read (37 lines) against the -v output: all 29 rows (9-37), the two-link row 9 (null titles, each"
        " with its own J. Neural Eng. DOI), the review row 30 left out, the repeat 14/25 kept twice, titles against"
        " the link texts, DOIs from doi.org, bioRxiv (v1 and .full.pdf tails dropped), Springer, PNAS and"
        " physiology.org URLs, none from Nature ids, eLife, PMC, Europe PMC, the Neuron PII, MIT Press, OpenReview,"
        " the bioRxiv 'early' URL (31) and the lab PDF (12).",
    )


if __name__ == "__main__":
    main()
