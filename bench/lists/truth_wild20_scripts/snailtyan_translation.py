"""Wild20 truth for SnailTyan/deep-learning-papers-translation README.md: an index of the author's
Chinese translations of computer-vision papers, grouped under English headings (Image
Classification, Object Detection, OCR, Mobile, Image Segmentation, GAN).

Shape: one four-line record per paper: '* Nickname  ' (a bullet ending in two spaces, a hard line
break), then '[Title](paper url)' on the next line, then '[中文版](blog)' (Chinese version) and
'[中英文对照](blog)' (Chinese-English parallel text) lines linking the translations.  At the end an
HTML comment holds a 'Reward' section with two bullets (Wechat, Alipay: payment QR codes).

Entries: the 20 paper records (7 + 7 + 2 + 1 + 1 + 2 by heading), lines = the bullet line to the
中英文对照 line.  Title = the text of the link on the line after the bullet; the nickname ('AlexNet',
'BN-GoogLeNet') is not part of it.  Not entries: the two bullets inside the HTML comment.  The
translation links are blog posts, not papers; ids come from the paper link (arXiv, or a NIPS URL
without id).
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild20 import entry, read_lines, write_truth

NAME = "SnailTyan__deep-learning-papers-translation__README@2873fed.md"


def main() -> None:
    lines = read_lines(NAME)
    comment = lines.index("<!--") + 1
    papers = []
    for i, text in enumerate(lines, 1):
        if not text.startswith("* ") or i >= comment:
            continue
        m = re.match(r"\[(.+?)\]\((https?://[^)]+)\)$", lines[i])
        assert m, (i, lines[i])
        assert lines[i + 1].startswith("[中文版](") and lines[i + 2].startswith("[中英文对照](")
        papers.append(entry(lines, i, i + 3, m.group(1)))
    assert len(papers) == 20
    assert sum(1 for t in lines if t.startswith("* ")) == 22  # two more inside the HTML comment
    assert sum(1 for p in papers if p["arxiv"]) == 19
    write_truth(NAME, "wild20_development", papers,
                "every '* Nickname' bullet before the HTML comment with its '[Title](url)' line and the two"
                " Chinese translation links is an entry; title = the link text on the line after the bullet",
                "all 20 records by eye (7/7/2/1/1/2 per heading); the Wechat/Alipay bullets inside <!-- --> are"
                " not entries; 19 arXiv ids, AlexNet links a NIPS PDF")


if __name__ == "__main__":
    main()
