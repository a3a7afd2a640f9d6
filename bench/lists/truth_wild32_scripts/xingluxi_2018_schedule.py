"""Wild32 truth for XingLuxi/NLP-Paper-Reading-Schedule 2018-Schedule-1.md: a student NLP discussion
group's 2018 paper-report schedule (讨论组论文报告会), one Markdown table.

Shape: one table (lines 3-71), one row per talk: ``| Date | Reporter | Title/Papers | Confere. |``.
The Title/Papers cell holds either one linked paper title, a topic line followed by ``<br>``-separated
numbered links (``1. [Title](url)<br>2. [Title](url)``, up to three papers on one line: 18, 35, 46, 50,
55, 58, 66, 67, 68), a plain unlinked title, or a talk that is not a paper (surveys ``综述``, ``调研``,
thesis reports ``开题报告``/``毕设报告``, tutorials, topic names such as "Neural Network + CRF",
"Generative Adversarial Network", "Recursive Neural Network Architecture").

Entries: every linked paper in the Title/Papers cell, one entry each (several on one line share the
line, and each takes its arXiv id / DOI from its own link, not from the first link on the line).  Its
title is the link text, markup and numbering removed, except link texts that name the model rather than
the paper: "Match-LSTM" (53) and "Residual Network" (58) get title None; "Pointer Network" (55) and
"Highway Network" (58) are the papers' own titles in the singular and are kept.  Unlinked rows that name
a paper by its title are entries too: "Neural Word Segmentation Learning for Chinese" (12 and again 17,
separate entries), "MRC: J-Net Exploring Question understanding & Adaptation in NN-based QA" (44) and
"MRC: Co-Match for Multi-Choice Reading Comprehension" (51, venue ACL,2018); the "MRC:" topic tag is
dropped, the J-Net nickname written into the title is kept.  Not entries: the topic prefix before the
numbered links (45, 46, 50, 52, 54, 55, 58, 61, 66, 68, 69), "The Colorful World in the Neural Network"
(8) and "SIX Challenges In the Text Summarization" (9) (talk titles), "MRC: Adversarial Evaluation &
Unanswerable Question for SQuAD" (47, a topic over two papers it does not name), and the model names
"R-Net"/"FastQA" written in the venue column of the survey talk on line 39.
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild32 import arxiv_of, doi_of, entry, read_lines, write_truth

NAME = "XingLuxi__NLP-Paper-Reading-Schedule__2018-Schedule-1@6e7b71d.md"
PART = "wild32_development"

LINK = re.compile(r"\[([^\]]*)\]\(([^)\s]*)\)")
NICKNAMES = {"Match-LSTM", "Residual Network"}
UNLINKED = {
    12: "Neural Word Segmentation Learning for Chinese",
    17: "Neural Word Segmentation Learning for Chinese",
    44: "J-Net Exploring Question understanding & Adaptation in NN-based QA",
    51: "Co-Match for Multi-Choice Reading Comprehension",
}


def main() -> None:
    lines = read_lines(NAME)
    papers = []
    for n in range(5, 72):
        row = lines[n - 1]
        if not row.startswith("|"):
            continue
        cells = row.split("|")
        title_cell = cells[3]
        links = LINK.findall(title_cell)
        for text, url in links:
            text = re.sub(r"^\s*\d+\.\s*", "", text).strip()
            p = entry(lines, n, n, None if text in NICKNAMES else text)
            p["arxiv"] = arxiv_of(url)
            p["doi"] = doi_of(url)
            papers.append(p)
        if n in UNLINKED:
            assert not links, n
            p = entry(lines, n, n, UNLINKED[n])
            p["arxiv"] = None
            p["doi"] = None
            papers.append(p)
    assert len(papers) == 52, len(papers)
    write_truth(
        NAME,
        PART,
        papers,
        "Each linked paper in a table row's Title/Papers cell is an entry (several per row share the line, "
        "each with its own link's id), titled by its link text except the model nicknames Match-LSTM and "
        "Residual Network (None); four unlinked rows that name a paper title are entries too; survey, "
        "thesis, tutorial and topic talks are not.",
        "Every row of the table (lines 5-71) checked by eye against the printed entries: the multi-paper "
        "rows, the unlinked titles, the nickname links and the survey rows left out.",
    )


if __name__ == "__main__":
    main()
