"""Wild14 truth for quarrying/quarrying-paper-notes 'vision_language/face/Face Detection.md': one
researcher's face-detection reading notes (Chinese/English), kept as a reference file.

Shape: top-level parts '# 综述文献' (surveys), '# 深度学习方法', '# 传统方法', '# 数据集'; under them
one '## Method nickname' heading per method (CascadeCNN, MTCNN, S3FD, ...) followed by a '---'
rule, sometimes quoted '>' excerpts or prose notes, then bullets.  A paper bullet is
'- [year( venue| @lab)] Title' (47); other bullets are bare URLs (GitHub code repos, dataset and
project pages; not entries) and one indented sub-bullet describing a repo (not an entry).  Every
paper bullet is an entry, title = the text after the bracket tag as written: the list writes '_'
where a title has ':' (file-name style, 'S3FD_ Single Shot ...') and that is kept; a closing dot
is dropped, trailing spaces trimmed.  One method heading, '## [2017] Improved Face Detection and
Alignment using Cascade Deep Convolutional Network' (line 93), names a paper itself and has no
bullet: an entry on that line, title after the tag.  So 48 entries; the other headings are method
or dataset names, not entries.  No links on paper lines: no arXiv ids, no DOIs.
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild14 import entry, read_lines, write_truth

NAME = "quarrying__quarrying-paper-notes__vision_language__face__Face Detection@3559481.md"
PART = "wild14_development"
LINES = read_lines(NAME)
TAG = r"\[(?:19|20)\d\d(?: [^\]]+)?\] "


def main() -> None:
    papers = []
    url_bullets = 0
    for i, text in enumerate(LINES, 1):
        m = re.fullmatch(rf"- {TAG}(.+?)\s*", text)
        if m:
            papers.append(entry(LINES, i, i, m.group(1)))
            continue
        m = re.fullmatch(rf"## {TAG}(.+?)\s*", text)
        if m:
            papers.append(entry(LINES, i, i, m.group(1)))
            continue
        if re.match(r"\s*- ", text):
            if re.match(r"- https?://\S+", text):
                url_bullets += 1
            else:
                assert i == 47, i  # the sub-bullet describing the MTCNN_Caffe repo
    assert len(papers) == 48, len(papers)  # grep -c '^- \[(19|20)' gives 47, plus the line-93 heading
    write_truth(NAME, PART, papers,
                "every '- [year venue] Title' bullet is an entry, plus the one method heading '## [2017] Title' that names a"
                " paper; title = the text after the bracket tag as written ('_' for ':' kept); bare-URL bullets (code,"
                " dataset and project pages), method/dataset headings and notes are not entries",
                "all 48 entries read against the file (titles, the '@Face++'/'@Baidu' tags dropped, 'Fine-grained ... Wild.'"
                " dot dropped, trailing space of 'PyramidBox++' trimmed), paper bullet count by grep (47) plus the"
                " line-93 heading, the URL bullets and the indented repo note (line 47) not taken")


if __name__ == "__main__":
    main()
