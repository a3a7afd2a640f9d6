"""Wild54 truth for SanjeevaRDodlapati/work_plan Dailyplan_update.md: a PhD student's daily research diary
(Jan-Apr 2020; DNA methylation, drug discovery, meta/continual learning), newest commit touching it (4ba855c).

Shape: 185 lines, 14 KB.  Month headings ``# Daily Activity for the month of Jan 2020`` / ``# Daily plan for the month
of Feb 2020`` / ... (1, 36, 83), one ``### <date>`` heading per day written every which way (``Jan 26, 2020``, ``Jan
29. 2020``, ``Jan30, 2020``, ``FEb23``, ``25 Feb 2020``, ``29Mar2020``), a ``## ~ Feb 4 - 18: India Trip ...`` gap
(58), and under each day a numbered list of activities: ``1. First pass read [Title](url)`` / ``Second pass reading
[...]`` / ``Glanced over [...]`` / ``Read [...]`` / ``Wrote summary of [...]``, mixed with homework, TA grading,
lectures watched, code written and reviews done.  Numbering is loose: ``1.Second`` (125), ``2 Second poss reading``
(94), an unindented ``2.`` (80), empty ``2.`` items (159, 176).

Special cases:
- Link texts broken over two or three lines, copied from PDFs (33-34, 45-46, 51-52, 73-75, 78-79, 91-92, 105-106,
  125-126): one entry each, the lines joined with a space.
- 87 ``[ELLA: ...](http://proceedings.mlr.press/v28/ruvolo13.pdf`` lacks its closing parenthesis; still an entry.
- 125-126 and 143: the link text names one paper and the URL points to another (GNMT text / ViLBERT PDF; "Learning New
  Tricks From Old Dogs" text / Transfusion PDF); the title is the text as written.
- 5 and 11: titles in backtick/quote pairs without links (```Predicting Splicing ... Deep Learning'``, ```How to read a
  paper' by Keshav``): entries, title = the quoted text.
- 23 ``[Machine Unlearning paper](arxiv)``: the trailing word ``paper`` is a descriptor, title ``Machine Unlearning``.
- 39 and 185: the same paper (Assessing the impact of generative AI on medicinal chemistry), read twice: two entries.
- Typos kept: ``Learn, Imgine, and Create`` (31), ``Learning to coninually learn`` (80), ``A Suptervised Learning
  Approach ...`` (97), ``Classification,Fingerprinting and Clustering usingAttention-Based`` (103).
- Not entries: Nature Index news-blog articles (21, 22, 26), a Colab notebook (29), the student's webpage (13), YouTube
  lectures (175), and unnamed reading (``first pass reading of 5 papers`` 12, ``icml review paper`` 111-140, ``sun's
  thesis`` 132, ``computational chemistry book`` 153, ``chapters 2 & 3 of thesis`` 156).

Decisions:
- Entry = each Markdown link to a paper (its text may span lines; the entry spans from the line where ``[`` opens to the
  line of ``](``), plus the two quoted titles 5 and 11; 67 entries.
- Title = the link text, line breaks joined with a space; the quoted text on 5/11; ``Machine Unlearning`` on 23.
"""
import re

from _wild54 import entry, read_lines, write_truth

NAME = "SanjeevaRDodlapati__work_plan__Dailyplan_update@4ba855c.md"
PART = "wild54_development"

LINK = re.compile(r"\[(?P<text>[^\]]+)\]\((?P<url>[^)\s]+)")
NOT_PAPERS = ("natureindex.com", "colab.research.google.com", "youtube.com", "cs.odu.edu")
QUOTED = {5: "Predicting Splicing from Primary Sequence with Deep Learning", 11: "How to read a paper"}


def main() -> None:
    lines = read_lines(NAME)
    assert lines[0] == "# Daily Activity for the month of Jan 2020 ", lines[0]
    text = "\n".join(lines)
    starts = [0]
    for ln in lines:
        starts.append(starts[-1] + len(ln) + 1)

    def line_of(offset: int) -> int:
        return max(i for i, s in enumerate(starts) if s <= offset) + 1

    papers = []
    skipped = []
    for m in LINK.finditer(text):
        first, last = line_of(m.start()), line_of(m.start("url"))
        if any(d in m.group("url") for d in NOT_PAPERS):
            skipped.append(first)
            continue
        title = " ".join(part.strip() for part in m.group("text").split("\n"))
        if first == 23:
            title = title.removesuffix(" paper")
        papers.append(entry(lines, first, last, title))
    for n, title in QUOTED.items():
        assert f"`{title}'" in lines[n - 1], (n, lines[n - 1])
        papers.append(entry(lines, n, n, title))
    assert skipped == [13, 21, 22, 26, 29, 175], skipped
    t = {p["line"]: p for p in papers}
    assert (t[23]["title"], t[23]["arxiv"]) == ("Machine Unlearning", "1912.03817"), t[23]
    atac = "ATAC-Me Captures Prolonged DNA Methylation of Dynamic Chromatin Accessibility Loci during Cell Fate Transitions"
    assert (t[33]["end"], t[33]["title"]) == (34, atac), t[33]
    assert t[73]["title"] == (
        "NETWORK RANDOMIZATION: A SIMPLE TECHNIQUE FOR GENERALIZATION IN DEEP REINFORCEMENT LEARNING"), t[73]
    assert (t[73]["end"], t[73]["arxiv"]) == (75, "1910.05396"), t[73]
    assert t[87]["title"] == "ELLA: An Efficient Lifelong Learning Algorithm", t[87]
    assert t[94]["title"].startswith("Visualizing the genome in high resolution"), t[94]
    assert t[125]["title"] == (
        "Google’s Neural Machine Translation System: Bridging the Gap between Human and Machine Translation"), t[125]
    assert t[129]["doi"] == "10.1021/acs.jcim.9b00237", t[129]
    assert t[39]["title"] == t[185]["title"] == "Assessing the impact of generative AI on medicinal chemistry"
    assert len(papers) == 67, len(papers)
    write_truth(
        NAME,
        PART,
        papers,
        "Each Markdown link to a paper in the numbered daily items is an entry (link text may run over 2-3 lines:"
        " joined with spaces; span = '[' line to '](' line), plus the two quoted unlinked titles on 5 and 11; title ="
        " the link text as written ('Machine Unlearning paper' -> 'Machine Unlearning' on 23), even where the URL"
        " points elsewhere (125, 143); news-blog articles, a Colab notebook, the student's webpage, YouTube lectures"
        " and unnamed readings (5 papers, ICML review papers, a thesis, a book) are not entries; 67 entries, the paper"
        " read twice (39, 185) counted twice.",
        "Read all 185 lines; compared -v for all 67 entries: multi-line titles 33-34, 45-46, 51-52, 73-75, 78-79,"
        " 91-92, 105-106, 125-126 joined, the unclosed link 87, the loose items 80/94/125, typos kept (31, 80, 97,"
        " 103), the six skipped links (13, 21, 22, 26, 29, 175), ids from arXiv abs/pdf, bioRxiv, ACS/Wiley/ACM/CSJ/"
        "Royal Society/Frontiers/PLOS DOIs in the URLs (none from nature.com, cell.com, OUP, NeurIPS links).",
    )


if __name__ == "__main__":
    main()
