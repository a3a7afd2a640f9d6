"""Wild17 truth for phonchi/Computational-CryoEM README: a structural-biology awesome list of cryo-EM
software, each item '[`Software`](url) - [**Paper title**](url) (Use in `Package`)'.

Shape: '# Resources' (preface videos, an introduction mixing videos, sites and review papers,
courses, resource sites, events and news, software packages), then '# Workflow' with one '##'
section per processing step and '* ### ' sub-steps holding numbered items (some numbered '1.' all
through, one sub-step starting at '6.'); many section headings link a review paper; then
'# Conventions' and '# Tips' (prose, command recipes, one blockquoted reference).

Entries:
- every list item between '# Workflow' and '# Conventions' that writes a paper title in bold,
  linked ('[**Title**](url)') or not ('**Title**', EM-GAN); title = the bold text.  Items with a
  software name only, or whose only paper link is under a software name ('[`CryoSPARC`](nature
  url) - Use ...', '`CTF refinement` - [`Relion3`](pmc url)/...'), name no paper and are not
  entries.  One item's bold title wraps onto the next line (CryoDRGN2, lines 276-277).  The note
  bullet 'The [**dark/gain corrected**](pubmed url) is also conducted in this stage' is not an
  entry: the bold words are a phrase of the note, not a title.
- the five review papers of '## Introduction' ('[Title](url) - description'; videos, Cryo-EM 101,
  cryoEDU and the Nvidia blueprint page are not papers) and the bioRxiv paper listed under
  '## Events and News'; title = the link text.
- the blockquoted reference under 'Corrected:' in Conventions ('> Chen, S. et al. Title.
  Ultramicroscopy 135, 24–35 (2013).'); title = the text between 'et al. ' and '. Ultramicroscopy'.
Not entries: the table of contents, section headings (even those linking a review paper), course,
resource, event and software bullets, dataset tables, tips.

Ids: the helper's first arXiv id / DOI of the entry's line; the bioRxiv tail 'v1.article-info'
(line 204) is cut from the DOI.  Line 250's only arXiv link is a '[[Related work]]' link after the
CVF paper link; by the convention (the first id the entry's lines give) it stays the entry's id.

Counts: 139 lines with '**' between lines 86 and 369 = 137 bold-title items + the wrapped second
line + the dark/gain note; every such line holds exactly one bold span (276/277 one each);
137 + 5 + 1 + 1 = 144.
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild17 import entry, read_lines, write_truth

NAME = "phonchi__Computational-CryoEM__README@e2b71ec.md"
PART = "wild17_development"
ITEM = re.compile(r"^\s*(\d+\.|\*|-)\s")


def main() -> None:
    lines = read_lines(NAME)
    workflow = lines.index("# Workflow") + 1
    conventions = lines.index("# Conventions") + 1
    papers = []
    # review papers of the Introduction and the paper under Events and News
    intro = lines.index("## Introduction") + 1
    courses = lines.index("## Courses") + 1
    for i in range(intro + 1, courses):
        m = re.match(r"\* \[(.+?)\]\((\S+)\)", lines[i - 1])
        if m and not re.search(r"youtube|cryoem101|cryoedu|nvidia", m.group(2)):
            papers.append(entry(lines, i, i, m.group(1)))
    assert len(papers) == 5, len(papers)
    news = lines.index("## Events and News") + 1
    assert "biorxiv" in lines[news]
    papers.append(entry(lines, news + 1, news + 1, re.match(r"\* \[(.+?)\]", lines[news]).group(1)))
    # bold paper titles in the workflow items
    skipped = []
    i = workflow
    while i < conventions:
        text = lines[i - 1]
        if "**" in text and ITEM.match(text):
            last = i
            if text.count("**") % 2:  # bold title wrapped onto the next line
                last = i + 1
                text = text + "\n" + lines[i]
            m = re.search(r"\*\*(.+?)\*\*", text, re.DOTALL)
            if "dark/gain corrected" in m.group(1):
                skipped.append(i)
            else:
                papers.append(entry(lines, i, last, m.group(1)))
            i = last + 1
            continue
        i += 1
    assert skipped == [153], skipped
    # the blockquoted reference in Conventions
    ref = next(i for i, t in enumerate(lines, 1) if t.startswith("> Chen, S. et al."))
    m = re.match(r"> Chen, S\. et al\. (.+?)\. Ultramicroscopy", lines[ref - 1])
    papers.append(entry(lines, ref, ref, m.group(1)))
    assert len(papers) == 144, len(papers)
    for p in papers:  # a bioRxiv URL tail ('v1.article-info') is not part of the DOI
        if p["doi"] and p["doi"].startswith("10.1101/"):
            p["doi"] = re.sub(r"v\d+(\.article-info)?$", "", p["doi"])
    assert not any(p["doi"] and "article-info" in p["doi"] for p in papers)
    write_truth(NAME, PART, papers,
                "workflow list items writing a paper title in bold (linked or not) are entries, title = the bold"
                " text; plus the five review papers of the Introduction and the bioRxiv paper under Events and"
                " News (title = link text) and the blockquoted Chen et al. reference; software-only items, items"
                " linking a paper only under a software name, headings linking reviews, the dark/gain note and"
                " the TOC are not entries",
                "count: 139 '**' lines in the workflow = 137 titles + wrapped line 277 + dark/gain note 153;"
                " every item of Introduction, Events and News, Software and Tips read; titles of all 144 checked"
                " against the bold spans; the wrapped CryoDRGN2 title joined; items with paper links under"
                " software names (191, 244, 257, 303) read and left out")


if __name__ == "__main__":
    main()
