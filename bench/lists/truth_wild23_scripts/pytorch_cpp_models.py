"""Wild23 truth for koba-jon/pytorch_cpp README.md: a code repository (LibTorch C++ samples) whose
'Implementation' section lists the papers of the models it implements, in raw HTML tables.

Shape: an HTML header (<div> with badges and images), quick start, a dated update log (lines 61-148, partly in <details>,
'11/27/2025: Implementation of `WideResNet` <br>' - not entries), then '## Implementation' (line 151)
with ten '###' task sections (Multiclass Classification ... Anomaly Detection), each one <table>
written one tag per line: a header <tr> of <th> cells (Category, Model, Paper, Conference/Journal, Code),
then one <tr>...</tr> per model: optional '<td rowspan="n">Category</td>', '<td>Model name</td>',
'<td><a href="paper url">A. Krizhevsky et al.</a></td>', '<td>NeurIPS 2012</td>',
'<td><a href="relative/code/dir">Code</a></td>'.  Where one paper has two code variants the model,
paper and venue cells carry rowspan="2" and a second <tr> holds only the second code link (lines
218-226 Autoencoder, 253-261 WAE, 350-359 PixelCNN, 360-367 PixelSNAIL).  Line 360: the PixelSNAIL
row has no opening <tr> (the file goes from '</tr>' on line 359 straight to '<td rowspan="2">').
Entry: every model row whose Paper cell links a paper (48); its lines run from its <tr> (line 360 for
PixelSNAIL) to the </tr> of its last continuation row.  The record names the paper only by its
authors ('K. He et al.') and the model by a nickname ('ResNet'), so title = null for every entry.
Repeated papers are separate entries (U-Net lines 379-384 and 437-442; DCGAN paper for
'Discriminator' line 188 and 'DCGAN' line 274; Rezende et al. ICML 2015 for Planar and Radial Flow,
rows 281-287 and 288-293).  Not entries: YOLOv5 and YOLOv8 (lines 472-483), whose Paper cell links the
Ultralytics GitHub repositories (code, venue '-'); the update log; the library and license links.
ids: arXiv from arxiv.org/abs links; DOI only on line 229 (dl.acm.org/doi/abs/10.1145/...).
Count check: 50 model rows = 48 entries + 2 GitHub rows; per section 7, 2, 18, 3, 2, 2, 3, 2, 2, 7.
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild23 import entry, read_lines, write_truth

NAME = "koba-jon__pytorch_cpp__README@51dab93.md"
PART = "wild23_development"
PAPER = re.compile(r'<td(?: rowspan="\d")?><a href="(https?://[^"]+)">([^<]+)</a></td>')


def main() -> None:
    lines = read_lines(NAME)
    start = lines.index("## 🏗️ Implementation") + 1
    stop = lines.index("## 📦 Requirement (Library)") + 1
    rows = []  # [first, last, paper url]
    row_start = None
    for i in range(start, stop):
        text = lines[i - 1].strip()
        if text == "<tr>":
            row_start = i
        elif text.startswith("<td") and row_start is None:
            row_start = i  # line 360: a row without its <tr>
        elif text == "</tr>":
            own = lines[row_start - 1 : i]
            if any("<th>" in t for t in own):
                row_start = None
                continue
            urls = [m.group(1) for t in own for m in [PAPER.search(t)] if m]
            if urls:
                rows.append([row_start, i, urls[0]])
            else:  # continuation row: only a second relative code link
                assert rows and all('href="http' not in t for t in own), i
                rows[-1][1] = i
            row_start = None
    assert row_start is None
    assert len(rows) == 50, len(rows)
    papers = []
    for first, last, url in rows:
        if url.startswith("https://github.com/ultralytics/"):
            continue
        papers.append(entry(lines, first, last, None))
    assert [p["line"] for p in papers if p["line"] == 360], "PixelSNAIL row"
    assert len(papers) == 48, len(papers)
    write_truth(NAME, PART, papers,
                "every model row of the ten HTML tables under '## Implementation' whose Paper cell links a paper is"
                " an entry (lines from its <tr> to the </tr> of its rowspan continuation row); the rows name the"
                " paper only by 'First-author et al.' and the model by a nickname, so every title is null; the"
                " YOLOv5/YOLOv8 rows linking the Ultralytics GitHub repositories are not entries",
                "all 50 model rows read by eye (48 entries, 2 GitHub rows), the line ranges of the four rowspan"
                " pairs and of the PixelSNAIL row without <tr> (line 360); arXiv ids and the one ACM DOI (line 229)"
                " checked against the links; the update log and library links checked to name no paper")


if __name__ == "__main__":
    main()
