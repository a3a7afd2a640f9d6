"""Wild20 truth for WenhaoYuan337/Awesome-Materials-Aware-Large-Language-Models README: six Markdown
pipe tables (one per application: Data Extraction, Data Mining, Property Prediction, Structure
Generation, Synthesis Planning, Agent-Driven Laboratory), one row per model/system.

Shape: each section is a blockquote heading ('> ### 📑 Data Extraction') and description, then a
table | **Name & Link** (or **Name**) | **Models** | **Material Types** | **Release Date** |
**Journal** |.  The first cell is '[Nickname](url)' -- a model or system name, sometimes with the
authors ('MagBERT (Kumar et al.)', 'CrystalLLM (Gruver et al.)') -- linking the paper (journal
page, DOI URL, arXiv, OpenReview, ChemRxiv) that introduced it; the Journal cell names the venue.
Some rows lack the closing pipe.

Entries: every table row whose subject is a paper, i.e. all 92 rows except the two whose Journal
cell is '*GitHub*' and whose link is a GitHub repository (MatSci-LumEn, line 30; RXN4Chemistry,
line 49: tools without a paper).  SMILES-BERT (line 95) links only its GitHub repository but its
Journal cell names the proceedings paper ('Proceedings of the 10th ACM international conference on
b...'), so it is an entry.  90 entries.  Title: null for every entry -- the rows name a model by
its nickname (with authors at most), never the paper's title; the conventions give null when the
entry names no title.  Repeated rows (LLaMP, DARWIN, ChatMOF, GPTChem, ChemBERTa, GPT Chemistry
Assistant in several tables; the six MT-* rows all linking arXiv 2206.13578; ChemRxnExtractor and
ChemBERT sharing a DOI) are separate entries.  Ids come from each row's own link: DOIs from
pubs.acs.org, Wiley, IOP and science.org URLs; ScienceDirect 'pii', Nature, RSC and OUP article
URLs give none; 'arxiv.org/html/2407.10022v1' gives 2407.10022.

Not entries: the header, the introduction figure, the list's own BibTeX under Citation, the
contribution note.

Count checks: grep -c '^| \\[' = 92 rows (28 + 6 + 23 + 18 + 7 + 10 per table), minus 2 GitHub tools.
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild20 import entry, read_lines, write_truth

NAME = "WenhaoYuan337__Awesome-Materials-Aware-Large-Language-Models__README@97c0297.md"

ROW = re.compile(r"^\| \[([^\]]+)\]\((\S+?)\)\s*\|(.*)$")
TOOLS = {30: "MatSci-LumEn", 49: "RXN4Chemistry"}
PER_TABLE = [28, 6, 23, 18, 7, 10]


def main() -> None:
    lines = read_lines(NAME)
    papers, counts, _current = [], [], None
    for i, text in enumerate(lines, 1):
        if text.startswith("> ### "):
            counts.append(0)
            continue
        m = ROW.match(text)
        if not m:
            continue
        counts[-1] += 1
        name, url, rest = m.groups()
        if i in TOOLS:
            assert name == TOOLS[i] and "github.com" in url and "*GitHub*" in rest, i
            continue
        if "github.com" in url:
            assert name == "SMILES-BERT" and "Proceedings" in rest, i
        p = entry(lines, i, i, None)
        papers.append(p)
    assert counts == PER_TABLE, counts
    assert len(papers) == 90, len(papers)
    write_truth(NAME, "wild20_development", papers,
                "every table row is an entry except the two GitHub-only tools (MatSci-LumEn,"
                " RXN4Chemistry); SMILES-BERT, linking GitHub but naming its proceedings, is kept; the"
                " rows name models by nickname only, so every title is null; repeated rows are separate"
                " entries; the list's own BibTeX is not an entry",
                "all 92 rows read (per-table counts 28/6/23/18/7/10 by grep), the two excluded tools and"
                " SMILES-BERT, every row's link checked for its id (DOI hosts, pii/Nature/RSC/OUP URLs"
                " without a DOI, the arXiv html URL), repeated rows")


if __name__ == "__main__":
    main()
