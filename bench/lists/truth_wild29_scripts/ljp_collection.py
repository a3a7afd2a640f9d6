"""Wild29 truth for PolarisRisingWar/LJP_Collection README.md: a Chinese graduate student's
collection of legal-judgment-prediction (LJP) papers, kept alongside her reproductions.

Shape: section `# LJP paper list` (lines 49-135) has bold year lines (`**2024年**`) and, under
each year, up to three record shapes:
- bare title lines, one paper per line (lines 55, 58-71, 82-92, 98-103, 109-114, 120-128).  Most
  end in two spaces (a hard break), but lines 84 and 120-128 do not, so Markdown runs them into
  one paragraph; each line is still one paper.  Chinese-language papers have Chinese titles
  (lines 70, 71, 88-92, 101, 102, 128); line 126 writes the Chinese title and then its English
  translation with no separator, the title is the Chinese part only.
- a line `(Venue) Nickname [Title](url) note` (54; numbered items 117, 118, 131): the title is the
  link text; the nickname before the link (KnowPrompt4LJP, MPBFN, MAMD, TOPJUDGE) is not part of
  it.  Line 54 ends with a note and a GitHub link to a PDF copy of the paper.
- checkbox items `- [ ] (Venue) [Re11：读论文 EPM Title](blog url)：note` (75-80, 95-96, numbered
  106, 134): the link text is the title of the author's CSDN blog post about the paper: a post
  number "ReNN：" (line 79 "Re 39："), usually "读论文 " ("reading a paper"), a model nickname
  (EPM, CECP, CEEN, CTM, NumLJP, GCI, LADAN, FLA/MLAC/FactLaw), then the paper's title; the
  title is what follows the nickname.  NeurJudge (line 96) and ML-LJP/LA-MGFM/FCA-LJP/MVE-FLK/
  Mulan/MANN (bare lines) are real title prefixes ("X: ..."), kept; "CL4LJP " on line 61 is a
  nickname with no colon, dropped like the others.  Line 80's blog title is cut off
  ("... legal judgment predi") and links Springer (DOI 10.1007/s10506-022-09337-4); line 76 has no
  link.  Item 106 continues on line 107 (a note with a GitHub URL), so that entry spans 106-107.
- Line 142 (BERT, under `# 通用文本分类`) is a paper item too.
Not entries: `1. [x] TextCNN`, `Bi-GRU`, `SVM` (lines 137-139: models the author reimplemented,
no paper named), the dataset section and table (lines 15-48), the list's own citation block
(lines 148-158) and the star-history badge.
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild29 import entry, read_lines, write_truth

NAME = "PolarisRisingWar__LJP_Collection__README@48af612.md"
PART = "wild29_development"

NICK = {75: "EPM ", 77: "CECP ", 78: "CEEN ", 79: "CTM ", 80: "NumLJP ", 95: "GCI ", 106: "LADAN ",
        134: "FLA/MLAC/FactLaw ", 61: "CL4LJP "}
NOT_PAPERS = {137, 138, 139}
LINK = re.compile(r"\[([^\]]+)\]\([^)]*\)")
PREFIX = re.compile(r"^(?:-\s+|\d+\.\s+)?(?:\[[ x]\]\s+)?(?:\([^()]*\)\s*)?")


def main() -> None:
    lines = read_lines(NAME)
    start = lines.index("# LJP paper list") + 3  # skip the heading and two explanation lines
    stop = lines.index("# 结果展示")
    papers = []
    for n in range(start, stop):
        no = n + 1
        ln = lines[n].strip()
        if not ln or ln.startswith(("**", "#")) or no in NOT_PAPERS:
            continue
        if no == 107:  # continuation note of item 106
            continue
        rest = PREFIX.sub("", ln, count=1)
        m = LINK.search(rest)
        if m:
            title = m.group(1)
            title = re.sub(r"^Re ?\d+：(?:读论文 )?", "", title)
        else:
            title = rest
        if no in NICK:
            assert title.startswith(NICK[no]), (no, title)
            title = title[len(NICK[no]):]
        if no == 126:
            title = title.split("Multi-task")[0]
        last = 107 if no == 106 else no
        papers.append(entry(lines, no, last, title.strip()))
    assert len(papers) == 62, len(papers)
    write_truth(
        NAME,
        PART,
        papers,
        "Each paper line or item of '# LJP paper list' (plus the BERT item under 通用文本分类) is one entry; "
        "the title is the link text or the bare line, without venue, checkbox, the blog-post prefix "
        "'ReNN：读论文' or the model nickname; line 126 keeps only its Chinese title.",
        "All 62 entries checked by eye against the file: bare lines in run-on paragraphs split per line, "
        "nickname and blog prefixes stripped, Chinese titles, the truncated line-80 title, spans (106-107), "
        "ids (one arXiv, two Springer DOIs); TextCNN/Bi-GRU/SVM and the self-citation excluded.",
    )


if __name__ == "__main__":
    main()
