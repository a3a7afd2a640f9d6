"""Wild21 truth for jm199504/Paper-Notes README: a student's index of their paper-reading notes
(论文研读笔记), one notes folder per topic or per paper, in Chinese and English.

Shape: no Markdown lists at all.  Eight bold paragraph headings ``**N. Folder-name：中文说明**``; under
six of them, blank-line separated plain lines ``1.Title`` or ``1.1Title`` whose number is glued to
the title with no space (``2.23D fully convolutional networks ...`` is item 2.2, title ``3D fully
...``; ``2.3D Inception ...`` is item 2, title ``3D Inception ...``), and two sub-topic lines
``1.Disease prediction：疾病监测`` and ``2.Imaging：成像检查`` that name no paper.

Entries:
- every numbered plain line naming a paper: 6 + 3 under heading 1 (sub-topics 1.x and 2.x), 3 under
  heading 2, 4 under heading 3, 10 under heading 7 (26);
- the bold headings whose folder is the notes of one paper: 4 ``Convolutional Neural Networks for
  Sentence Classification`` and 8 ``Wide & Deep Learning for Recommender Systems`` (title = the
  text before the full-width colon), and 6 ``Paper-Robot：自动生成新论文``, the notes on PaperRobot,
  named only by its short name: title null (3 in all).
Not entries: headings 1, 2, 3, 5, 7 (topic folders), the two sub-topic lines under heading 1, and
the four lines under heading 5 (Community Detection - Common Algorithm, Related DataSet, Spectral
Clustering, GCN/GAE: topics and data, no paper).

Title: the line without its glued number (``1.``, ``1.1``, ``10.``); under heading 3 the list's
label ``Inception[V1]: `` .. ``Inception[V4]: `` before the title is dropped (a bracket tag the
list adds, the papers are ``Going Deeper with Convolutions``, ``Batch Normalization: ...``, ...).
Typos and ligatures are kept as written (``Artiﬁcial``, ``wavelet ransformations``).

Checks: 29 entries = 26 numbered paper lines + 3 headings; numbered lines counted by grep
(``^[0-9]+\\.`` = 32 = 26 papers + 2 sub-topics + 4 topic/data lines) and per section by eye (6 + 3,
3, 4, 4 not papers, 10); every entry checked by eye.
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild21 import entry, read_lines, write_truth

NAME = "jm199504__Paper-Notes__README@665c690.md"
PART = "wild21_development"


def main() -> None:
    lines = read_lines(NAME)
    papers = []
    section = 0
    numbered = 0
    for i, text in enumerate(lines, 1):
        h = re.match(r"\*\*(\d+)\. (.+?)：(.*)\*\*$", text)
        if h:
            section = int(h.group(1))
            name = h.group(2)
            if section in (4, 8):
                papers.append(entry(lines, i, i, name))
            elif section == 6:
                assert name == "Paper-Robot"
                papers.append(entry(lines, i, i, None))
            continue
        m = re.match(r"(\d+(?:\.\d)?)\.?(.+)$", text)
        if not m or not re.match(r"\d+\.", text):
            continue
        numbered += 1
        if section == 5:
            continue  # topics and data under the unsupervised-learning folder
        if section == 1 and re.match(r"\d\.[A-Z][a-z]+ ?[a-z]*：", text):
            continue  # sub-topic lines 1.Disease prediction：… and 2.Imaging：…
        if section == 1:
            t = re.sub(r"^\d\.\d", "", text)
        else:
            t = re.sub(r"^\d+\.", "", text)
        if section == 3:
            t = re.sub(r"^Inception\[V\d\]: ", "", t)
        papers.append(entry(lines, i, i, t))
    assert numbered == 32, numbered
    assert len(papers) == 29, len(papers)
    write_truth(NAME, PART, papers,
                "every numbered plain line naming a paper (26) and the three bold headings whose notes folder is one"
                " paper (29); title = the line without its glued number (1.1, 2.2, 10.) and without the list's"
                " 'Inception[Vn]: ' label; the PaperRobot heading names only its short name (title null); topic"
                " headings, two sub-topic lines and four topic/data lines are not entries",
                "every entry by eye against the file (29), the glued numbers before titles starting with a digit"
                " ('2.23D fully ...' = 2.2, '2.3D Inception ...' = 2, '3.3D Inception-based ...' = 3), the"
                " PaperRobot folder read to confirm it holds notes on one paper")


if __name__ == "__main__":
    main()
