"""Wild56 truth for withinmiaov/A-Survey-on-Mixture-of-Experts README.md: the companion repository of the survey "A
Survey on Mixture of Experts in Large Language Models" (arXiv 2407.06204); newest commit (4f25873, 2025-01-15).

Shape: 363 lines, 22 KB.  An HTML header block (1-16: logo, centred ``<h1>``, badges), a timeline image with caption
(18-22), a ``> [!IMPORTANT]`` note (24-30) whose line 28 names the survey itself, a table of contents (33-37),
``## Taxonomy`` (39) with an image, then ``## Paper List (Organized Chronologically and Categorically)`` (51): one
bullet per paper, newest first, separated by blank lines, ``- Title, [[Venue Year]](url), YYYY-M-D`` (53-325).  About
a third of the bullets separate the title from the venue link with a TAB instead of ``, `` (``- Mixture-of-Depths:
... models<TAB>[[ArXiv 2024]](url), 2024-4-2``, 119), a leftover of an older reference-list format.
``## Contributors`` (333) and ``## Star History`` (343) follow.

Special cases:
- Venue link with single brackets: 183 ``From Sparse to Soft Mixtures of Experts<TAB>[ICLR 2024](url)`` and 211
  ``Scaling Vision-Language Models with Sparse Mixture of Experts<TAB>[EMNLP (Findings) 2023](url)``.
- Non-arXiv links: 77 ``[[ArXiv 2024]](https://github.com/SkyworkAI/Skywork-MoE)`` (Skywork-MoE, a report linked to
  its GitHub repo), 147 ``[[Github 2023]](.../LLaMA_MoE.pdf)`` (LLaMA-MoE, a report PDF), OpenReview (143, 169), USENIX
  (185), IEEE (203, 205), Springer (223), NeurIPS proceedings (289), MICCAI (91), ACM DL (107, 265, 267): the ACM ones
  and the Springer one carry DOIs in their URLs.  All are papers or technical reports, so all are entries.
- 323 (MMoE, KDD 2018) links arXiv 2010.11125, the id of another entry (319): kept as the line gives it.
- 289 dates ``2021.12.6`` with dots; 223 has no day; 91 ``2024-05-15`` pads the month.
- Several titles are in capitals (``OUTRAGEOUSLY LARGE NEURAL NETWORKS: THE SPARSELY-GATED MIXTURE-OF-EXPERTS LAYER``,
  325): kept as written.  Titles contain colons, ``Σ`` (209), ``’`` (187) and commas (``BASE Layers: Simplifying
  Training of Large, Sparse Models``, 311) but never ``, [`` or a TAB.
- The survey named in the IMPORTANT note (28) is the repository's own paper pointed to in prose, not a list item: not
  an entry.  The table-of-contents bullets (34-37) are links to sections.

Decisions:
- Entry = each bullet of the Paper List section (one line each): 137 entries.
- Title = the text between ``- `` and the first ``, [`` or TAB before the venue link, as written.
"""
import re

from _wild56 import entry, read_lines, write_truth

NAME = "withinmiaov__A-Survey-on-Mixture-of-Experts__README@4f25873.md"
PART = "wild56_development"

ITEM = re.compile(r"^- (?P<title>.+?)(?:, |\t)\[\[?[^\]]+\]\]?\(")


def main() -> None:
    lines = read_lines(NAME)
    start = lines.index("## Paper List (Organized Chronologically and Categorically)") + 1
    stop = lines.index("## Contributors") + 1
    papers = []
    for n in range(start + 1, stop):
        ln = lines[n - 1]
        if not ln.startswith("- "):
            assert not ln.strip() or ln.lstrip().startswith("<"), (n, ln)
            continue
        m = ITEM.match(ln)
        assert m, (n, ln)
        papers.append(entry(lines, n, n, m.group("title").strip()))
    by = {p["line"]: p for p in papers}
    assert len(papers) == 137, len(papers)
    assert min(by) == 53 and max(by) == 325, (min(by), max(by))
    assert by[53]["title"] == "DeepSeek-V3 Technical Report" and by[53]["arxiv"] == "2412.19437", by[53]
    assert by[119]["title"] == "Mixture-of-Depths: Dynamically allocating compute in transformer-based language models"
    assert by[183]["title"] == "From Sparse to Soft Mixtures of Experts", by[183]
    assert by[211]["title"] == "Scaling Vision-Language Models with Sparse Mixture of Experts", by[211]
    assert by[77]["title"].startswith("Skywork-MoE: A Deep Dive") and by[77]["arxiv"] is None, by[77]
    assert by[147]["title"] == "LLaMA-MoE: Building Mixture-of-Experts from LLaMA with Continual Pre-training", by[147]
    assert by[107]["doi"] == "10.1145/3627703.3650083", by[107]
    assert by[311]["title"] == "BASE Layers: Simplifying Training of Large, Sparse Models", by[311]
    assert by[323]["arxiv"] == by[319]["arxiv"] == "2010.11125", (by[319], by[323])
    assert by[325]["title"] == "OUTRAGEOUSLY LARGE NEURAL NETWORKS: THE SPARSELY-GATED MIXTURE-OF-EXPERTS LAYER", by[325]
    assert by[209]["title"].startswith("PANGU-Σ: TOWARDS TRILLION PARAMETER"), by[209]
    write_truth(
        NAME,
        PART,
        papers,
        method="Every bullet of the 'Paper List' section is one entry (one line): '- Title, [[Venue Year]](url),"
        " date', the title separated from the venue link by ', ' or by a TAB, the venue link in double or (183, 211)"
        " single brackets.  Title = the text before that separator, as written (capitals kept).  The survey named in"
        " the IMPORTANT note and the table-of-contents bullets are not entries.",
        checked="Read the whole file and compared the -v output for all 137 bullets: titles cut at ', [' or TAB"
        " (titles with inner commas such as 311 kept whole), the single-bracket venues (183, 211), non-arXiv links"
        " (GitHub, OpenReview, USENIX, IEEE, Springer, NeurIPS, MICCAI, ACM with DOIs) and the duplicated arXiv id of"
        " 319/323.",
    )


if __name__ == "__main__":
    main()
