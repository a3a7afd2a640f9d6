"""Wild24 truth for foobar167/articles Machine_Learning/novyye_arkhitektury_neyrosetey/novyye_arkhitektury_neyrosetey.md.

A Russian article (also posted on Habr) surveying new neural-network architectures, one '##'
section per architecture (EfficientNet, EfficientDet, SpineNet, CenterNet, ThunderNet, CSPNet,
DenseNet, SAUNet, DetNASNet, SM-NAS, AmoebaNet, GNN, Growing Neural Cellular Automata, spiking
networks, DPM, Выводы).  Each section has Russian prose and pictures, then a bullet list of links:
the paper ('  * [статья](arXiv url) «English Title»', sometimes 'по CenterNet «...»' or
'по CornerNet: «...»' between link and title, sometimes '+ [исходный код](...)' after it), code,
videos, Russian reviews.  Title = the text inside the guillemets «».
Entries (16): the reference paragraph of line 37 ('[Object Detection in 20 Years](arXiv pdf) -
большой обзор ...', title = link text), the fourteen '[статья](...)' bullets (lines 49, 65, 85,
111, 112, 113, 121, 134, 153, 168, 179, 191, 201, 244) and the Distill article bullet of line 224
('[интерактивная статья](https://distill.pub/2020/growing-ca/) на сайте Distill', a journal article;
the bullet names no title, so title null).
Not entries: papers linked inside running prose (line 47 'оригинальной статьи', 'статья1',
'статья2'; line 93 '«Объекты как точки»', a translated title in prose; line 97 'статье'; line 166;
line 222; line 250), the Russian reviews on Habr and neurohive (lines 50, 86 - the latter with a
Russian title in guillemets), code, demo, video, Wikipedia, GitHub/PapersWithCode search and
documentation bullets, 'The Neural Network Zoo' web page (line 39), the video of line 41, the
table of contents (lines 20-35), tags and hubs.
Count check: 14 lines start with '  * [статья](' + line 37 + line 224 = 16 entries.
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild24 import entry, read_lines, write_truth

NAME = "foobar167__articles__Machine_Learning__novyye_arkhitektury_neyrosetey__novyye_arkhitektury_neyrosetey@fbf39da.md"
PART = "wild24_development"
SURVEY = 37
DISTILL = 224


def main() -> None:
    lines = read_lines(NAME)
    papers = []
    for i, text in enumerate(lines, 1):
        if text.startswith("  * [статья]("):
            m = re.search(r"«(.+?)»", text)
            assert m, i
            papers.append(entry(lines, i, i, m.group(1)))
    assert len(papers) == 14, len(papers)
    m = re.match(r"\[(Object Detection in 20 Years)\]\(https://arxiv\.org/", lines[SURVEY - 1])
    assert m
    papers.append(entry(lines, SURVEY, SURVEY, m.group(1)))
    assert lines[DISTILL - 1].startswith("  * [интерактивная статья](https://distill.pub/")
    papers.append(entry(lines, DISTILL, DISTILL, None))
    write_truth(NAME, PART, papers,
                "each '[статья](url) «Title»' bullet of the architecture sections is an entry (title = the text in"
                " guillemets), plus the survey paragraph of line 37 (title = link text) and the Distill article bullet"
                " of line 224 (no title); papers linked in prose, Russian reviews, code, videos and web pages are not",
                "the whole article read; all 16 entries checked against the -v output (titles, arXiv ids with v1-v3"
                " versions dropped); every bullet list and prose paragraph with a link looked at for missed records")


if __name__ == "__main__":
    main()
