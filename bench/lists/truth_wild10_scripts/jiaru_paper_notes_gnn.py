"""Wild10 truth for JiaRu2016/paper-notes GNN.md: one person's graph-neural-network paper-reading notes.

Shape: no links at all.  '## surveys' and '## papers' hold one paper per paragraph: an italic title
'*Title*', sometimes after a nickname and a full stop ('GCN. *Semi-supervised ...*'), once with a comment after
it ('*struc2vec: ...*. see video'); five paragraphs are a bare nickname only ('NRI', 'PinSAGE', 'SGC, simplified
GCN', 'Fast GCN', 'LINE').  Further down, '### [DiffPool] *Title*' and '### [TopKPooling] *Title*, *Title*' are
headings over note bullets and LaTeX, and '## Frameworks' has '### [DGL paper] *Title*' and '### [PyG paper]
*Title*' headings with no body.  The rest is notes: PyG/DGL sampling code, TorchScript notes in Chinese, a Quiver
design summary.

Entry: each paper paragraph (18: 4 surveys + 14 papers) and each paper heading (DiffPool, the two TopKPooling
papers on one heading line = two entries, DGL paper, PyG paper) = 23.  Title = the italic text as written (typos
such as 'Neutral', 'Attenion Netoworks', 'mulit-hop', 'grpah' and the 'ﬁ' ligature kept); the nickname before it
('GCN.', '[DiffPool]', '[DGL paper]') and the comment after it are left out.  The five nickname-only paragraphs
name no title: title null.  A heading entry spans its note bullets (DiffPool 109-123, TopKPooling 126-131).
Not entries: '### Node2vec, Metapath2vec' (notes on the PyG implementation, 'TODO: papers'), '### VGAE' (notes
citing a Towards Data Science post and the PyG docs), the 'Sampling graph', 'Minibatch', 'PyG 扒源码' and
'Quiver' sections (framework and tool notes), '*MessageFlowGraph*' (a term in prose, line 141).
Count check: 23 = every italic-led paragraph of lines 5-41 (13) + the 5 nickname lines + the 4 headings holding an
italic title (5 titles); checked with grep.
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild10 import entry, read_lines, write_truth

NAME = "JiaRu2016__paper-notes__GNN@5bff003.md"
PART = "wild10_development"
LINES = read_lines(NAME)

NICKNAME_ONLY = {25: "NRI", 27: "PinSAGE", 29: "SGC, simplified GCN", 31: "Fast GCN", 33: "LINE"}
HEADING_END = {109: 123, 126: 131, 225: 225, 228: 228}


def main() -> None:
    papers = []
    for i in range(5, 42):
        text = LINES[i - 1]
        if not text or text == "## papers":
            continue
        if i in NICKNAME_ONLY:
            assert text == NICKNAME_ONLY[i], (i, text)
            papers.append(entry(LINES, i, i, None))
            continue
        m = re.fullmatch(r"(?:[A-Za-z]+\. )?\*([^*]+)\*(?:\. see video)?", text)
        assert m, (i, text)
        papers.append(entry(LINES, i, i, m.group(1)))
    headings = 0
    for i, text in enumerate(LINES, 1):
        if text.startswith("#") and "*" in text:
            headings += 1
            m = re.fullmatch(r"### \[[A-Za-z ]+\] (.+?)\s*", text)
            titles = re.findall(r"\*([^*]+)\*", m.group(1))
            for t in titles:
                papers.append(entry(LINES, i, HEADING_END[i], t))
    assert headings == 4, headings
    assert len(papers) == 23, len(papers)
    write_truth(NAME, PART, papers,
                "every paper paragraph of 'surveys'/'papers' (italic title, optional nickname before) and every"
                " '### [Tag] *Title*' heading is an entry (two titles on one heading = two entries), title = the italic"
                " text as written; nickname-only paragraphs have title null; implementation, framework and tool notes"
                " are not entries",
                "every line of the file read once; 13 italic paragraphs + 5 nickname lines + 4 headings with 5 titles ="
                " 23 by grep; the heading spans over their note bullets; the typos and the ligature kept as written")


if __name__ == "__main__":
    main()
