"""Wild18 truth for chenxingqiang/Awesome_AI_Aided_Drug_Design_Papers README: drug-design papers written as their PDF file names.

Shape: '## <topic>' sections (ADR, Activity Prediction, Drug Discovery, Drug-Target Interaction,
Property Prediction, Toxic, AMDET, De Novo Drug Design, Drug-Like, PK-PD, Virtual Screening),
inside them '*<year>*' italic lines (and two italic sub-topic lines), and one paper per plain
paragraph line written like the repository's PDF names without the year: 'Venue_Title'
('Journal of chemical information and modeling_Guacamol- benchmarking models ...'); a few keep
the year too ('2018_ICPR_Graph memory ...', '2013_Bioinformatics_...'), one venue holds an
underscore ('BMC_genomics_...'), one line has no venue ('Shape-Based Generative Modeling for de
Novo Drug Design').  Some lines start with one space.  ':' is written '- ' as in file names,
and some dashes are mojibake ('receptor¨Cligand', 'Drug¡ªtarget', '¦Â-amyloid'): titles are
kept as the file writes them.  Before the topics, '## **arXiv hot Papers with code**' holds 3
lines 'Title <a href=arxiv>[paper]</a> <a href=github>[code]</a>' (title = the text before the
first '<a'); after them '## To be placed on files' holds 7 numbered references '[n] Authors.
"Title." Journal vol (year): pages.' (title = the quoted text, final full stop dropped; [4] is
Vancouver style without quotes, title = the sentence after the authors).
Entries: every paper line (3 + 76 + 7 = 86).  Title of a 'Venue_Title' line = the text after its
last underscore (no title holds one).  Not entries: the bold journal names under '## Journals',
the italic year and sub-topic lines, headings.  The same paper twice in 'Drug-Like' (2013, with
and without '- ') gives two entries.  'Comment on:"Deep learning for pharmacovigilance- ..."' is
a published comment, an entry, title with its quotes as written.
Count check: non-blank, non-heading, non-italic, non-bold lines of the topic sections = 76 (75 with an underscore + 1),
counted per section with grep (ADR 8, Activity 3, Discovery 3, DTI 20, Property 5, Toxic 8,
AMDET 3, De Novo 15, Drug-Like 3, PK-PD 1, Virtual Screening 7 ... asserted below).
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild18 import entry, read_lines, write_truth

NAME = "chenxingqiang__Awesome_AI_Aided_Drug_Design_Papers__README@b80461e.md"
PART = "wild18_development"

PER_SECTION = {"ADR": 8, "Activity Prediction": 3, "Drug Discovery": 3, "Drug–Target Interaction": 20,
               "Property Prediction": 5, "Toxic": 8, "AMDET": 3, "De Novo Drug Design": 15, "Drug-Like": 3,
               "PK-PD": 1, "Virtual Screening": 7}


def main() -> None:
    lines = read_lines(NAME)
    papers, section, counts = [], None, {}
    for i, raw in enumerate(lines, 1):
        text = raw.strip()
        if text.startswith("## "):
            section = text[3:].strip().strip("*")
            continue
        if not text or section in (None, "Journals") or re.fullmatch(r"\*[^*]+\*", text):
            continue
        if section == "arXiv hot Papers with code":
            title = text.split("<a ")[0]
        elif section == "To be placed on files":
            m = re.match(r"\[\d+\] .*?“(.+?)”", text)
            title = m.group(1).rstrip(".") if m else re.match(
                r"\[4\] Ballester PJ, Mitchell JBO\. (.+?)\. Bioinformatics", text).group(1)
        else:
            title = text.rsplit("_", 1)[-1].strip()
            counts[section] = counts.get(section, 0) + 1
        papers.append(entry(lines, i, i, title))
    assert counts == PER_SECTION, counts
    assert len(papers) == 86, len(papers)
    write_truth(NAME, PART, papers,
                "every paper line is an entry: 'Venue_Title' PDF-name lines under topic/year headings (title = text"
                " after the last underscore, mojibake dashes kept), the 3 'Title <a>[paper]</a>' lines of the arXiv"
                " section (title before the links) and the 7 '[n]' references (title = the quoted text); bold journal"
                " names and italic year lines are not entries",
                "per-section counts of paper lines (asserted), the 3 arXiv lines and 7 references read by eye, every"
                " 'Venue_' split checked by eye (year-prefixed lines, 'BMC_genomics_', the line without venue), the"
                " duplicate Drug-Like paper kept twice, the '[4]' reference without quotes")


if __name__ == "__main__":
    main()
