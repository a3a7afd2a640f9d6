"""Wild2 truth for conghao0905/awesome-brain-decode README: '**[`Venue Year`]**[Title](url)' paragraphs.

Entries:
- Datasets section: a '**[`NAME`]**[Title](url)' paragraph is an entry when its link is the
  paper describing the dataset (nature.com, arXiv, bioRxiv, ScienceDirect: NSD, BOLD5000,
  fMRIonImageNet, MindBigData2022, fMRI-Video, EEGVisual2022, Naturalistic Neuroimaging
  Database, O3D); a paragraph linking a data repository or project page (crcns.org,
  humanconnectome.org, openneuro.org, osf.io: Vim-1, HCP, DIR, OpenNEURO-GOD, OpenNEURO,
  ThingsEEG-Text) is a dataset without a paper and not an entry, even where its link text is
  a paper's title (DIR).
- Papers section (reviews, image, video, language reconstruction): every paragraph is an entry,
  with its '- [code] *url*' / '- [page] *url*' line two lines below when there is one.
- Related works: the five paper links (A Cookbook of Self-Supervised Learning, VAE, Very Deep
  VAEs, Versatile Diffusion, CLIP) are entries, with their '[ [code](...)]' on the same line.
Title = the link text as written (nicknames written into it, 'Mind-eye: ...', 'VAE:Auto-...',
kept; the '[`Venue Year`]' tag dropped).  Not entries: contents, challenges (competitions),
tools, courses.
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild2 import entry, read_lines, write_truth

NAME = "conghao0905__awesome-brain-decode__README@f967e72.md"
PART = "wild2_held_out"
LINES = read_lines(NAME)
PAPERS: list[dict] = []
DATA_PAGES = ("crcns.org", "humanconnectome.org", "openneuro.org", "osf.io")


def main() -> None:
    section = ""
    for i, text in enumerate(LINES, 1):
        if text.startswith("## "):
            section = text[3:].strip()
            continue
        if section not in ("Datasets", "Papers", "Related works"):
            continue
        m = re.match(r"\s*(?:\*\*\[`[^`]*`\]\*\*\s*)?\[([^\]]+)\]\((http[^)]*)\)", text)
        if not m:
            continue
        if section == "Datasets" and any(d in m.group(2) for d in DATA_PAGES):
            continue
        end = i
        if i + 2 <= len(LINES) and re.match(r"- \[(code|page)\]", LINES[i + 1]) and not LINES[i].strip():
            end = i + 2
        PAPERS.append(entry(LINES, i, end, m.group(1)))
    write_truth(
        NAME, PART, PAPERS,
        "every '**[`tag`]**[Title](url)' paragraph of Papers, the Datasets paragraphs whose link is the dataset's"
        " paper (not a data-repository page) and the Related-works paper links are entries, with a following"
        " '- [code]'/'- [page]' line; title = the link text; challenges, tools, courses are not entries",
        "every line of the file read (small file): 8 of 14 dataset paragraphs kept (6 repository/project links"
        " left out), 25 Papers paragraphs (grep -c of the tag in lines 68-161 = 25), 5 Related-works links;"
        " each entry's extent (code/page line), titles with nicknames and curly quotes, arXiv ids from"
        " arxiv.org/pdf and http://arxiv.org/abs links, bioRxiv DOIs with the 'v1'/'v3.full' tails",
    )


if __name__ == "__main__":
    main()
