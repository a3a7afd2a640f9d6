"""Wild10 truth for E-DEEP/PapersReview 'Season 1/Image_paper_search.md': a Korean study group's
candidate list of vision papers (82 lines, one Korean note line).

Shape: '#### Topic' headings, each over a numbered list ('1. ...'), one paper per item, in four
written forms that change from section to section:
  - 'Nick : Title [[paper]](url)' -- a nickname label, a space-colon-space, then the title;
  - 'Title (2016), J. Redmon et al. [pdf]' -- title, year, authors, a '[pdf]' with no link;
  - '**Title**. 2014. [[pdf]](url)' or '**Title**.” in CVPR, 2015. [[pdf]](url)' -- bold title;
  - 'Title. in CVPR 2020 [[paper]](url)' / 'Title (Yolov2) [[paper]](url)' / 'Title. [[pdf]](url)'.
Entry = every numbered item of the topic sections (48).  Not an entry: the closing '### References'
item, a bare link to another GitHub list.  The Korean line '-> 만약 GNN에 대해서도 다루게 된다면...'
after the DPGN item is a lazy continuation of that item, so that entry runs over two lines.
The two identical 'Learning to segment object candidates.' items are two entries.

Title: the bold text where there is one; else the text before the first link or bracket, with the
year '(2016)' and what follows it, ' in CVPR 2020' / ' in ICLR 2018', and the nickname note
'(Yolov2)' dropped.  The 'Nick : ' label (a space before the colon, the file's own label form, shown
by 'MobileNets : MobileNets: ...' and 'StarGAN : Stargan: ...') is dropped; a 'Nick: Title' written
without that space ('AlexNet: ImageNet ...', 'cGAN: Conditional ...', 'EfficientNet: Rethinking ...')
is kept as written, following the convention on nicknames in the title text.  The label
'Inception-v : ' is dropped like the others, leaving 'Inception-ResNet and the Impact of Residual
Connections on Learning' as the file writes it; 'Xception : ' and 'ShuffleNet : ' are dropped too,
although the papers' own titles begin with those names, since the file writes them in its label form.  The 'Matching Networks' link is written
'([https://arxiv.org/pdf/1606.04080)'; its arXiv id is still in the entry's line.

Count check: numbered items per section by grep ('^[0-9]+\\. '), 11+5+7+6+3+1+6+6+2+1 = 48, plus
the 1 References item = 49 numbered lines in the file.
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild10 import entry, read_lines, write_truth

NAME = "E-DEEP__PapersReview__Season 1__Image_paper_search@46a2873.md"
PART = "wild10_development"
LINES = read_lines(NAME)

PER_SECTION = {
    "Image Classification": 11, "Segmentation / Object Detection": 5, "Image generation": 7,
    "Image to Image Translation": 6, "One Shot Learning": 3, "Few Shot Learning": 1, "Image Caption": 6,
    "Segmentation": 6, "Unsupervised Data Augmentation": 2, "Others(ex. optimization...)": 1,
}


def title_of(text: str) -> str:
    body = re.sub(r"^\d+\.\s+", "", text)
    m = re.match(r"\*\*(.+?)\*\*", body)
    if m:
        return m.group(1)
    body = re.split(r"\s*\[", body, maxsplit=1)[0]  # before '[[paper]]', '[pdf]'
    body = re.sub(r"^[^:]*?\S \: ", "", body)  # the 'Nick : ' label
    body = re.sub(r"\s*\((?:19|20)\d\d\).*$", "", body)  # '(2016), J. Redmon et al.'
    body = re.sub(r"\.? in (?:CVPR|ICLR) 20\d\d$", "", body)
    body = re.sub(r"\s*\(Yolov2\)$", "", body)
    return body.strip()


def main() -> None:
    papers = []
    section = None
    counts: dict[str, int] = {}
    for i, text in enumerate(LINES, 1):
        h = re.match(r"#{3,4} (.+?)\s*$", text)
        if h:
            section = h.group(1)
            continue
        if not re.match(r"\d+\. ", text):
            continue
        if section == "References":
            assert "github.com/MingtaoGuo" in text
            continue
        assert section in PER_SECTION, (i, section)
        end = i
        if LINES[i].startswith("->"):  # the Korean note continuing the DPGN item
            end = i + 1
        papers.append(entry(LINES, i, end, title_of(text)))
        counts[section] = counts.get(section, 0) + 1
    assert counts == PER_SECTION, counts
    assert len(papers) == 48
    assert [p["end"] - p["line"] for p in papers].count(1) == 1
    write_truth(NAME, PART, papers,
                "every numbered item of the topic sections is an entry (the References item, a GitHub link, is"
                " not); title = the bold text, else the text before the first bracket with the year/authors tail,"
                " ' in CVPR 2020'-style venue and '(Yolov2)' dropped; the spaced 'Nick : ' label dropped, an"
                " unspaced 'Nick: Title' kept as written",
                "all 48 entries one by one against the file (titles, the label cuts incl. 'MobileNets : MobileNets:'"
                " and 'StarGAN : Stargan:', bold titles with '.' inside or after the bold, the duplicated"
                " 'Learning to segment object candidates' pair, the DPGN item with its Korean note line, arXiv ids"
                " incl. cn.arxiv.org and the malformed '([https://arxiv.org/pdf/1606.04080)' link, the ACM DOI);"
                " counts per section by grep")


if __name__ == "__main__":
    main()
