"""Wild52 truth for hhh-hwj/A-Survey-of-Relation-Extraction-From-Deep-Learning-to-Large-Language-Models README.md: the
companion list of a survey of relation extraction (deep learning to LLMs), with HTML dataset/model tables and pipe
tables of papers per method family; newest commit (6f5ae46, 2025-07-13).

Shape: 528 lines, 36 KB.  A leading blank line, ``# A Survey of Relation Extraction ...`` (2), a centred ``<p><img>``
figure, a sentence with a stray ``]``, a bullet table of contents (12-23), ``# Problem Definition`` prose, then
``# Datasets`` (31) with a long hand-indented HTML ``<table>`` of datasets (one ``<td>`` per line), ``# Evaluation
Metrics`` (239) with ``$$`` LaTeX formula blocks, ``# Pre-trained Model`` (277) with an HTML table of models
(BERT-base ... Gemini series), and then the paper tables, each ``|  Paper  | Dataset | Evaluation Metrics | Code |``
with an alignment row and rows ``|  [Title](url)  | datasets | metrics | [GitHub](url)|``: Pipeline-based Methods
(412-431, 20 rows), Joint Extraction-based Methods (435-454, 20), Prompt-based Methods (461-479, 19), Fine-tuning-based
Methods (484-499, 16), Multi-domain relation extraction (504-517, 14).  Last, ``## Relation Extraction Open-source
Tools`` has a ``| Paper | Features | Code |`` table (522) of four toolkits (OpenNRE, OpenUE, DeepKE, UIE, 524-527).

Special cases:
- Many rows stop after the metrics cell with trailing spaces and no Code cell or closing pipe (``| Macro-F1 | `` /
  ``|   ``), or end with ``[GitHub](url)`` and no closing pipe.
- Two rows close the link with a doubled parenthesis (423 ``.../P16-2034/))``, 446 ``.../article/view/4591))``).
- Dataset cells use the ideographic comma ``、`` (``NYT、WebNLG``); titles keep the list's case and typos
  (``Prta:joint extraction ...`` 444, ``CE-DCVSI: : Multimodal ...`` 512, ``The more quality information the better: :
  ...`` 516, ``Tplinker``, ``Codeie``, ``Instructuie``).
- 466-467 (GPT-RE, Chain of Thought ...) share the same ACL link; 467's Code cell is a PDF of another paper.  Still one
  entry each.
- ``dl.acm.org/doi/10.1016/...`` and ``/doi/abs/10.1609/...`` links carry Elsevier and AAAI DOIs.

Decisions:
- Entry = every data row of the five paper tables (one line each); title = the link text of the Paper cell.
- Not entries: the TOC, prose, the HTML dataset and pre-trained-model tables (datasets and models, not papers), the
  formula blocks, header/alignment rows, and the four rows of the Open-source Tools table: they name toolkits
  (``[OpenNRE](...)``), not paper titles, in a section about tools, even though their links point at papers
  (OpenUE's, DeepKE's and UIE's links repeat the paper links of rows 484, 485 and 491).
- Ids from the row's Paper link only: arXiv abs links; DOIs from ACM ``/doi/`` links, Springer ``/chapter/`` links,
  Frontiers, BMC; none from ACL Anthology, ScienceDirect pii, IEEE Xplore, Nature article, OUP, MDPI, OJS, CEUR,
  SCIRP links.  The Code cell links (GitHub) carry no ids.
"""
import re

from _wild52 import entry, read_lines, write_truth

NAME = "hhh-hwj__A-Survey-of-Relation-Extraction-From-Deep-Learning-to-Large-Language-Models__README@6f5ae46.md"
PART = "wild52_development"

HEAD = re.compile(r"^\|\s+Paper\s+\|\s+Dataset\s*\|\s*Evaluation Metrics\s*\|\s*Code\s*\|$")
TOOLS_HEAD = re.compile(r"^\|\s+Paper\s+\|\s+Features\s+\|\s+Code\s+\|$")
ALIGN = re.compile(r"^\|[-:\s|]+$")
ROW = re.compile(r"^\|\s+\[(?P<title>[^\]]+)\]\((?P<url>https?://[^)\s]+)\)\)?\s*\|")


def main() -> None:
    lines = read_lines(NAME)
    assert lines[1] == "# A Survey of Relation Extraction: From Deep Learning to Large Language Models"
    papers = []
    counts: list[int] = []
    tools = 0
    state = None
    for n, ln in enumerate(lines, 1):
        if HEAD.match(ln):
            state = "papers"
            counts.append(0)
            continue
        if TOOLS_HEAD.match(ln):
            state = "tools"
            continue
        if not ln.startswith("|"):
            state = None
            continue
        if ALIGN.match(ln):
            continue
        assert state, (n, ln)
        m = ROW.match(ln)
        assert m, (n, ln)
        if state == "tools":
            tools += 1
            continue
        papers.append(entry(lines, n, n, m.group("title")))
        counts[-1] += 1
    assert counts == [20, 20, 19, 16, 14], counts
    assert tools == 4, tools
    t = {p["line"]: p for p in papers}
    assert t[412]["title"] == "Relation classification via convolutional deep neural network", t[412]
    assert t[423]["title"] == "Attention-based bidirectional long short-term memory networks for relation classification"
    assert t[439]["doi"] == "10.3389/fnbot.2021.635492", t[439]
    assert t[444]["title"].startswith("Prta:joint extraction of medical nested entities"), t[444]
    assert t[454]["doi"] == "10.1016/j.neucom.2021.06.071", t[454]
    assert t[462]["doi"] == "10.1145/3641850", t[462]
    assert t[463]["doi"] == "10.1007/978-981-97-9434-8_3", t[463]
    assert t[474]["arxiv"] == "2404.13397", t[474]
    assert t[484]["doi"] == "10.1186/s12859-023-05411-z", t[484]
    assert t[505]["doi"] == "10.1609/aaai.v37i13.26987", t[505]
    assert t[512]["title"].startswith("CE-DCVSI: : Multimodal relational extraction"), t[512]
    assert t[517]["title"] == "Caption-Aware Multimodal Relation Extraction with Mutual Information Maximization"
    assert len(papers) == 89, len(papers)
    write_truth(
        NAME,
        PART,
        papers,
        "Every data row of the five '| Paper | Dataset | Evaluation Metrics | Code |' tables (Pipeline 412-431,"
        " Joint 435-454, Prompt 461-479, Fine-tuning 484-499, Multi-domain 504-517) is an entry (89); title = the link"
        " text of the Paper cell as written; rows without Code cell or closing pipe and the '))' rows included; the HTML"
        " dataset and model tables and the four toolkit rows of the Open-source Tools table (OpenNRE, OpenUE, DeepKE,"
        " UIE) are not entries.",
        "Read all 528 lines; compared -v for all 91 rows: open rows without closing pipe, the doubled-parenthesis rows"
        " 423/446, odd titles (Prta:joint, CE-DCVSI: :, sentence-case Tplinker/Codeie/Instructuie), the"
        " shared ACL link 466-467, the ': :' titles 512/516; ids: arXiv links, ACM/Springer/Frontiers/BMC DOIs, the Elsevier and AAAI DOIs in"
        " dl.acm.org links (454, 489, 505, 511-512, 516); none from ACL Anthology, ScienceDirect, IEEE, Nature, OUP, MDPI.",
    )


if __name__ == "__main__":
    main()
