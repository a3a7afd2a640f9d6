"""Wild20 truth for uoneway/Text-Summarization-Repo README.md: a Korean guide to text
summarization (Korean prose, English paper titles): an introduction with papers cited inline, then
'## Papers' (a 'Must-read Papers' table), '## Resources' (code, Korean and English dataset tables,
a pre-trained model table), and '## Others' with '### Other Papers List' (Review, Classic, Based on
Neural Net tables) and closing links to other lists.

Paper tables: 'Year | Paper | Keywords' (Review: 'Year | Paper').  The Paper cell holds
'[Title](url)' (the model's nickname sometimes bold inside the link text, '[**TextRank**: Bringing
order into texts](...)', or bold before it outside the link, '**NAMAS**: [A Neural Attention
...](...)', sometimes after an '<a name=...></a>' anchor), then '<br />' and the authors (italic in
the Must-read table) / venue, and often a Korean description, figures and review links.  The Year
cell may add a kind ('2019<br /><br />Model').

Entries: every data row of the Must-read (7), Review (3), Classic (6) and Based on Neural Net (37)
tables, and one reference paragraph in the introduction, the figure credit '(G. Sizov(2010).
[Extraction-Based Automatic Summarization: ...](semanticscholar))' (a paragraph that is itself a
reference): 54.  Title = the text of the first link of the Paper cell (bold marks dropped; a
nickname inside the link text is kept, one outside it is not).  Repeated rows (the 'Fast
Abstractive Summarization with Reinforce-Selected Sentence Rewriting' row twice) are separate
entries; a row whose link URL is empty ('[Don't Give Me the Details, ...]()') is still an entry.
Not entries: papers cited inside Korean prose sentences ('[Liu et al. (2018)](arXiv)는 ...'), the
dataset tables (their rows are datasets even where the dataset name is a paper title or a
'[paper]' link follows), the pre-trained model table, code repositories, videos, blogs, services
and links to other lists.
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild20 import entry, read_lines, write_truth

NAME = "uoneway__Text-Summarization-Repo__README@3a3abb6.md"
TABLES = {"### Must-read Papers": 7, "#### Review": 3, "#### Classic": 6, "#### Based on Neural Net": 37}


def main() -> None:
    lines = read_lines(NAME)
    papers, per, sec = [], {}, None
    for i, text in enumerate(lines, 1):
        if text.startswith("#"):
            sec = text.strip()
            continue
        if sec in TABLES and text.startswith("|"):
            cells = [c.strip() for c in text.strip().strip("|").split("|")]
            if cells[0] in ("Year",) or set(cells[0]) <= set(":- "):
                continue
            paper = cells[1]
            m = re.search(r"\[([^\]]+)\]\(", paper)
            assert m, (i, paper[:80])
            papers.append(entry(lines, i, i, m.group(1).replace("**", "")))
            per[sec] = per.get(sec, 0) + 1
    credit = next(i for i, t in enumerate(lines, 1) if t.startswith("(G. Sizov(2010)."))
    m = re.search(r"\[([^\]]+)\]\(", lines[credit - 1])
    papers.append(entry(lines, credit, credit, m.group(1)))
    assert per == TABLES, per
    assert len(papers) == 54
    write_truth(NAME, "wild20_development", papers,
                "every data row of the Must-read, Review, Classic and Based-on-Neural-Net paper tables, plus the"
                " figure-credit reference paragraph, is an entry; title = the first link text of the Paper cell;"
                " inline citations in Korean prose and the dataset/model tables are not entries",
                "row counts per table (7/3/6/37) by eye and by counting '|' lines under each heading; every title"
                " read against its row (nicknames inside vs outside the link, anchors, the empty-URL row, the"
                " repeated row, leading space); the dataset rows naming papers and the prose citations checked"
                " as non-entries")


if __name__ == "__main__":
    main()
