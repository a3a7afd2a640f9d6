"""Wild40 truth for YoannDupont/YoannDupont.github.io publications-by_type-fr.md: the French-language
"Publications (triées par type)" page of a French NLP researcher's Jekyll site (named entity recognition,
chunking, TALN/RECITAL, CamemBERT) -- French section headings, titles in French or English.

Shape: 133 lines: front matter (1-3), a link to the English page (5), "# Publications (triées par type)"
(7), then four "## " sections whose records are blank-line separated blocks of "<br />"-terminated lines:
line 1 = authors ("DUPONT, Yoann, DINARELLI, Marco et TELLIER, Isabelle." or "Yoann Dupont, ..."),
line 2 = title, line 3 = venue ("In: TALN-RECITAL. 2017." or HAL's "Conference, Month Year, City,
Country."), line 4 = links ("[[HAL](...)]", "[[article](...)] [[bibtex](...)] [[slides](...)]").
- "## Conférences avec comité de lecture" (9-83): 15 records (11-14 ... 81-83).
- "## Posters" (85-110): 5 records -- poster papers deposited in HAL (TALN 2019, DH 2019, the Democrat
  project posters at the Salon de l'Innovation en TAL 2018 and PAREIL/TALN 2016, EGC 2016); kept as
  entries.  The EGC 2016 "Extraction automatique d'affixes..." poster (107-110) repeats the conference
  record 46-49 (curly vs straight apostrophe) -- two entries.
- "## Participation à un défi" (112-117): 1 record, CLEF 2020 working notes.
- "## Démonstrations" (119-133): 3 demo papers.
Special cases: 27 and 42 put an award after the title -- "(<span style=...>Best RECITAL 2017 paper
award</span>)" and "([Best Verifiability, Reproducibility, and Working Description award](url))" -- not
part of the title; 81-83 and 121-123 are 3-line records whose title and venue share line 2 ("... du
français. In: TALN 2011. p. 321." and "Un étiqueteur en ligne du Français. session démonstration de
TALN-RECITAL, 2017, p. 15."), title = the part before ". In:" / ". session"; 22 writes zero-width spaces
around the space in "19ème siècle" (kept as written).
Entry = each record (24), lines = its first through last line; title = line 2 without "<br />", the award
and the trailing "."; "?" kept (62, 67).  The only DOI is CamemBERT's, written in HAL's angle brackets
"⟨10.18653/v1/2020.acl-main.645⟩" (13) -- set by hand since the generic DOI pattern would keep the "⟩".
No arXiv ids (HAL, ACL anthology, taln2017.cnrs.fr links).  24 entries.
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild40 import entry, read_lines, write_truth

NAME = "YoannDupont__YoannDupont.github.io__publications-by_type-fr@94490ac.md"
PART = "wild40_development"

SECTIONS = {
    "## Conférences avec comité de lecture": 15,
    "## Posters": 5,
    "## Participation à un défi": 1,
    "## Démonstrations": 3,
}
AWARD = re.compile(r"\s*\((?:<span[^>]*>[^<]*</span>|\[Best [^\]]*\]\([^)]*\))\)")
SHARED = {82: ". In: TALN 2011", 122: ". session démonstration"}


def main() -> None:
    lines = read_lines(NAME)
    papers = []
    counts = {s: 0 for s in SECTIONS}
    section = None
    n = 8
    while n < len(lines):
        text = lines[n]
        if text.startswith("## "):
            section = text
            n += 1
            continue
        if not text.strip():
            n += 1
            continue
        first = n + 1
        last = first
        while last < len(lines) and lines[last].strip():
            last += 1
        block = lines[first - 1 : last]
        assert block[0].endswith("<br />"), first
        assert block[-1].startswith("[") and "](" in block[-1], first
        assert len(block) in (3, 4), first
        title = block[1].removesuffix("<br />")
        title = AWARD.sub("", title)
        if first + 1 in SHARED:
            title = title[: title.index(SHARED[first + 1])]
        p = entry(lines, first, last, title)
        if first == 11:
            assert "⟨10.18653/v1/2020.acl-main.645⟩" in lines[12]
            p["doi"] = "10.18653/v1/2020.acl-main.645"
        papers.append(p)
        counts[section] += 1
        n = last
    assert counts == SECTIONS, counts
    assert len(papers) == 24, len(papers)
    write_truth(
        NAME, PART, papers,
        "Each blank-line separated record of the four sections (15 refereed conference papers, 5 HAL poster "
        "papers, 1 CLEF working-notes paper, 3 demo papers) is an entry, from its authors line to its links line; "
        "title = the record's second line without '<br />', the award badge (27, 42) and the final '.', cut before "
        "'. In:'/'. session' where title and venue share the line (82, 122); CamemBERT's DOI read from HAL's ⟨⟩.",
        "Read all 133 lines: every record's four (or three) lines, the section counts 15/5/1/3, the two award "
        "badges, the shared title/venue lines 82 and 122, the repeated EGC 2016 record (46-49 and 107-110), the "
        "zero-width spaces in 22, the titles ending in '?' (62, 67), and the ⟨DOI⟩ of 13; no other DOI or arXiv id "
        "in the links (HAL, ACL anthology F13/F14/F12, taln2017 PDFs).",
    )


if __name__ == "__main__":
    main()
