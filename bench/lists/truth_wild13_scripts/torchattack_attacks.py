"""Wild13 truth for spencerwooo/torchattack docs/attacks/index.md: the library's supported-attack list,
one raw HTML <table> whose rows each cite the attack's paper, with the venue as a shields.io <img> badge.

Shape: a '<table>' with header 'Name | Class Name | Publication | Paper (Open Access)'; category rows
'<tr><th colspan="4">Gradient augmentations</th></tr>' preceded by '<!-- Category -->' comments (one
category row, 'Ensemble surrogate refinement', is itself commented out, lines 240-242); every data row
is six lines '<tr>' / '<td><a href="./fgsm">FGSM</a></td>' / '<td><code>FGSM</code></td>' /
'<td><img src="https://img.shields.io/badge/ICLR-2015-..." alt="ICLR 2015"></td>' /
'<td><a href="paper url">Paper title</a></td>' / '</tr>'.

Decision: each data row records one attack implemented by the library together with the paper that
proposed it, named in full in the 'Paper (Open Access)' column, so the row is an entry on its six
lines; title = the link text of the fourth cell (the attack's short name and class name in the first
two cells are labels, the badge is the venue).  Rows citing the same paper (PGD and PGD (L2); NI-FGSM
and SI-NI-FGSM; VMI-FGSM and VNI-FGSM) are separate entries.  The category bullets above the table,
the header row and the category rows are not entries.  Ids: arXiv abs links (one 'www.arxiv.org');
the CVF, AAAI OJS, OpenReview, NeurIPS proceedings and ScienceDirect pii links give none.

A stray unclosed '<tr>' (line 82) stands before the MIG row's own '<tr>' (line 83); it holds no cell
and is not part of the MIG entry (83-88).

Counts: 49 lines holding '<tr>' (grep) = 1 header + 8 category rows (one commented out) + 1 stray +
39 data rows; 39 '<td><code>' cells and 39 'href="http' paper links.
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild13 import entry, read_lines, write_truth

NAME = "spencerwooo__torchattack__docs__attacks__index@d406789.md"
LINES = read_lines(NAME)


def main() -> None:
    papers = []
    for i, text in enumerate(LINES, 1):
        if text.strip() != "<tr>" or not LINES[i].strip().startswith("<td>"):
            continue
        cells = [LINES[k].strip() for k in range(i, i + 4)]
        assert LINES[i + 4].strip() == "</tr>", i
        assert cells[1].startswith("<td><code>"), i
        assert "img.shields.io/badge/" in cells[2], i
        m = re.fullmatch(r'<td><a href="(https?://[^"]+)">(.+?)</a></td>', cells[3])
        assert m, i
        papers.append(entry(LINES, i, i + 5, m.group(2)))
    assert len(papers) == 39, len(papers)
    write_truth(NAME, "wild13_development", papers,
                "every six-line data <tr> of the supported-attacks HTML table is an entry (an implemented attack with"
                " the paper proposing it), title = the link text of the 'Paper (Open Access)' cell; header and"
                " <th colspan> category rows are not entries",
                "<tr> count by grep (49 = 1 header + 8 category incl. a commented-out one + 1 stray + 39 rows), every row's cell"
                " shape asserted, all 39 titles against the file, the repeated-paper rows, www.arxiv.org id, the"
                " ScienceDirect pii and CVF/OJS/OpenReview links giving no id")


if __name__ == "__main__":
    main()
