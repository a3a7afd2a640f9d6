"""Wild truth for AI-in-Health/MedLLMsPracticalGuide README: bullets '[**Venue, Year**] **Name**: Title. [paper](url)'.

Entries are the '*' / '-' bullets of the sections from 'Pre-training from Scratch' to 'Medical
Agents' that link a paper (a link labelled paper/Paper/[[paper]]).  Bullets linking only a model,
a dataset, a database, a platform, a leaderboard, a GitHub repository or a blog are not entries
(OpenBioLLM-70b, MedLllama3, Visual Med-Alpeca, ChatGLM-Med, Guidelines, PubMed/PMC data,
cMeKG, CMD., Healthcare Magic, ICliniq, ShareGPT, the Open Medical-LLM Leaderboard, the EWS
dataset, dna-claude-analysis, SymptomCheck Bench), nor are the Clinical Knowledge Bases (web
sites).  Two decisions by hand: the ChemProt bullet (line 344) cites the overview paper of the
corpus by its title though it links the corpus page, so it is an entry; 'Advanced robotics for
medical rehabilitation' (line 427) links a whole Springer book (ISBN DOI), so it is not.  Also
not entries: the list's own survey in the header blockquote, the news, the Acknowledgement
bullets (credits of the sources the list built on), the cite-us BibTeX and a bullet hidden in an
HTML comment (line 531).

Title: the text after the '[**Venue, Year**]' tag up to the first link, without a trailing
year ('... 2023.').  A bold name before it is handled by section: in 'Practical Guide for Medical
Data' and 'Downstream Biomedical Tasks' it names the dataset or benchmark ('**EHRs**:',
'**PubMed**:', '**MedQA**:') and is dropped; elsewhere it names the model and, written with a
colon ('**OphGLM**: Training ...'), it is kept as the title's prefix as the conventions keep a
nickname written into the title, unless the title text repeats it ('**Med-Flamingo**:
Med-Flamingo: a ...'); without a colon ('**NYUTron** Health system-scale ...') it is a label and
dropped.  Repeated papers in several sections are separate entries.
"""
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "truth_scripts"))
from _heldout import arxiv_of, clean, doi_of, tidy
from _wild import read_lines, save

NAME = "AI-in-Health__MedLLMsPracticalGuide__README@54bda6b.md"
PART = "wild_held_out"

PAPER_LINK = re.compile(r"\[\[?paper\]\]?", re.IGNORECASE)
FIRST_LINK = re.compile(r"\s*\[\[?[A-Za-z]+\]\]?\s*\(|\s*\[\[?[A-Za-z]+\]\]")
KEEP = {344: "Overview of the BioCreative VI chemical-protein interaction Track"}
DROP = {427: "Advanced robotics for medical rehabilitation"}


def main() -> None:
    lines = read_lines(NAME)
    papers = []
    first = lines.index("### Pre-training from Scratch") + 1
    last = next(n for n, ln in enumerate(lines, 1) if ln.startswith("## ") and "Acknowledgement" in ln)
    section = ""
    for i, text in enumerate(lines, 1):
        if text.startswith("## "):
            section = text
        if not first < i < last or not re.match(r"[*-] ", text):
            continue
        if i in DROP:
            assert DROP[i] in text
            continue
        if not PAPER_LINK.search(text) and i not in KEEP:
            continue  # a model, dataset, database, platform, leaderboard, repository, blog or web site
        if i in KEEP:
            assert KEEP[i] in text
        body = text[2:]
        body = re.sub(r"^\[\*\*[^\]]*\*\*\]\s*", "", body)  # [**Venue, Year**]
        label = None
        m = re.match(r"\*\*(.+?)\*\*\s*(:?)\s*", body)
        if m:
            label = (m.group(1), bool(m.group(2)))
            body = body[m.end():]
        rest = FIRST_LINK.split(body, maxsplit=1)[0]
        rest = re.sub(r"[\s.]*\b(?:19|20)\d\d\.?\s*$", "", rest)  # a trailing year
        title = rest
        data = "Medical Data" in section or "Downstream" in section
        if label and not data and label[1] and not rest.lower().startswith(label[0].lower()):
            title = f"{label[0]}: {rest}"
        papers.append({"line": i, "end": i, "title": tidy(clean(title)), "arxiv": arxiv_of(text), "doi": doi_of(text)})
    out = {"file": NAME, "part": PART,
           "method": "every bullet from 'Pre-training from Scratch' to 'Medical Agents' that links a paper is an"
                     " entry (plus the ChemProt overview paper, minus a Springer book), title = the text after the"
                     " '[**Venue, Year**]' tag up to the first link without a trailing year; a bold dataset name"
                     " in the data and task sections is dropped, a bold model name with a colon elsewhere is kept"
                     " as the title's prefix unless the title repeats it",
           "checked": "all 295 bullets of lines 152-548 sorted into entries and non-entries (every non-entry read),"
                      " 30 entries spread over every section against their lines, every bold-label case of the"
                      " pipeline sections, trailing-year stripping, the OUP/BMC/NEJM/medRxiv DOIs, the"
                      " commented-out bullet 531 and the acknowledgement bullets",
           "papers": papers}
    save(out)


if __name__ == "__main__":
    main()
