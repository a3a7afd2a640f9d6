"""Wild44 truth for Selaginella99/GWAS-p1 literature.md: a bioinformatics student's personal literature notes on
ageing, longevity, cancer and precision medicine, kept in a GWAS study repository beside notes on PLINK,
Bioconductor and Unix (newest commit 2016-05-14).

Shape (120 lines, no headings): loose paragraphs and runs of lines, each naming one or several readings.  A reading
is usually written as a title with a link on only part of it ("The [quest for genetic determinants of human
longevity](url): challenges and insights, Nature, 2006" 11; "[Cancer and ageing](url): convergent and divergent
mechanisms" 22; "Human [telomere](url) biology: A contributory ..." 105), followed by a journal and/or year.  Some
paragraphs chain several readings separated by ";", "." or "||" (36, 40, 42, 51, 67, 81, 87, 90, 92, 103-107).
Links go to nature.com, sciencedirect.com (pii), cell.com, sciencemag.org, Wiley (DOI URLs), Taylor & Francis (DOI
URL), NAR, JAMA and the Lancet.  Mixed in: a Nature Milestones collection (1), slides and a blog-hosted PDF of notes
(4, 8), a journal issue and a Chinese news page (15-16), an epigenome collection and a News item (45), the IHEC
project (49), data-visualisation sites, an atlas, Tableau, a blog, a tweet, an Economist chart, Wikipedia, CDC and a
cancer-statistics homepage (40, 42, 69, 71, 83, 94), JAMA infographics (67: two JAMA items labelled "JAMA
Infographic" by the file), Scientific American magazine articles (55-57, 61), Nature Outlook supplement features
(58 "- Nature outlook", 87 and 88 "_supp" links), Nature News pieces (87: "The clock-watcher", "Treat ageing" on
nature.com/news), a book review (87 "Book, Gerontology: Ageing more gracefully"), Nature supplement index pages
(96-98), a plain heading line (100), a Science special-section heading linked to the issue (102), a researcher's
publication page (114) and a parenthetical note (120).

Decisions:
- Entry = each scholarly article the file names (research article, review, perspective, commentary, News & Views,
  editorial in a journal), 59 entries.  A line or paragraph naming several articles gives one entry per article on
  that line (36: 2, 40: 4, 51: 2, 81: 2, 90: 5, 92: 2); a one-article paragraph spans its lines (3-5, 7-9, and
  119-120 with its note).  Not entries: everything listed above as collections, slides, notes, issues, news,
  magazine, Outlook supplement features, the book review, infographics, web resources and headings; the Science
  special-section heading (102) is not an article, the five reviews under it (103-107) are.
- Title = the reading's title as the file writes it, link markup and emphasis removed, with the text around the link
  that belongs to the title ("The quest for genetic determinants of human longevity: challenges and insights"),
  without journal, year, page numbers and the owner's notes ("- CGRP", "- MYC" 92; "**WEG** -" 109; "using MetaCore"
  13).  Section kickers written as part of the title are kept ("Ageing: Variety in old age" 34, "Cell biology: The
  beginning of the end" 36, "Ageing: Eternal obsession" 89, "Aging: toward avoiding the inevitable" 65).  None
  where the article is only a link word: the Digital Ageing Atlas "[paper]" (42), "[HMDB]" (51, the database name;
  the title text after it belongs to "HMDB 3.0"), "[Scinece supp]" (81).  Repeats (Healthy aging 63/107, the quest
  for genetic determinants 11/119, Biodemography 32/118) are separate entries.
- Ids: a record that shares its line with other records takes its ids from its own segment of the line (so the two
  Wiley DOIs on line 40 go to their own papers); others from their lines.  DOIs come from the Wiley and Taylor &
  Francis DOI URLs (13, 40, 69); nature.com, pii and journal-site URLs carry none; no arXiv ids.
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild44 import arxiv_of, doi_of, entry, read_lines, write_truth

NAME = "Selaginella99__GWAS-p1__literature@6b8249c.md"
PART = "wild44_development"

# (first, last, title, segment): segment = the record's own part of a line shared with other records.
RECORDS = [
    (3, 5, "Hallmarks of Cancer: The Next Generation", None),
    (7, 9, "Hallmarks of Aging", None),
    (11, 11, "The quest for genetic determinants of human longevity: challenges and insights", None),
    (13, 13, "Genetics and epigenetics of aging and longevity", None),
    (18, 18, "Selling long life", None),
    (20, 20, "Promoting Health and Longevity through Diet: From Model Organisms to Humans", None),
    (22, 22, "Cancer and ageing: convergent and divergent mechanisms", None),
    (24, 24, "The common biology of cancer and ageing", None),
    (26, 26, "How ageing processes influence cancer", None),
    (28, 28, "The genetics of ageing", None),
    (30, 30, "The place of genetics in ageing research", None),
    (32, 32, "Biodemography of human ageing", None),
    (34, 34, "Ageing: Variety in old age", None),
    (36, 36, "Cancer and ageing: rival demons", "[Cancer and ageing](http://www.nature.com/nrc/journal/v3/n5/"),
    (36, 36, "Cell biology: The beginning of the end", "[sup](http://www.nature.com/nature/journal/v505/"),
    (38, 38, "Mechanisms of aging: public or private?", None),
    (40, 40, "Omics technologies and the study of human ageing", "[**Omics** technologies](http://www.nature.com/"),
    (40, 40, ("Identifying the genomic determinants of aging and longevity in human population studies: Progress and"
     " challenges"), "[Progress and challenges](http://onlinelibrary.wiley.com/doi/10.1002/bies.201200148/full)"),
    (40, 40, "Geroscience: Linking Aging to Chronic Disease", "[Geroscience](http://www.sciencedirect.com/"),
    (40, 40, "Integration of ‘omics’ data in aging research: from biomarkers to systems biology",
     "[from biomarkers to systems biology](http://onlinelibrary.wiley.com/doi/10.1111/acel.12386/full)"),
    (42, 42, None, "its [paper](http://nar.oxfordjournals.org/content/43/D1/D873.long)"),
    (43, 43, "Epigenetic regulation of ageing: linking environmental inputs to genomic stability", None),
    (47, 47, "GTEx detects genetic effects", None),
    (49, 49, "Neuroepigenomics: resources, obstacles, and opportunities", None),
    (51, 51, None, "[HMDB](http://nar.oxfordjournals.org/content/35/suppl_1/D521.full)"),
    (51, 51, "HMDB 3.0: the Human Metabolome Database", "[HMDB 3.0](http://nar.oxfordjournals.org/content/early/"),
    (53, 53, "Senescence and aging: the critical roles of p53", None),
    (59, 59, "Old as time: What we can learn from past attempts to treat aging", None),
    (60, 60, "Koschei the immortal and anti-aging drugs", None),
    (63, 63, "Healthy aging: The ultimate preventative medicine", None),
    (65, 65, "Aging: toward avoiding the inevitable", None),
    (69, 69, "Cancer statistics in China", ("[Cancer statistics in *China*](http://onlinelibrary.wiley.com/doi/"
     "10.3322/caac.21338/full)")),
    (75, 75, "Personalized genomic information : preparing for the future of genetic medicine", None),
    (77, 77, "Bringing genome-wide association findings into clinical use", None),
    (79, 79, "The big medical data miss: challenges in establishing an open medical resource", None),
    (81, 81, "Personalized genomic analyses for cancer mutation discovery and interpretation",
     "[cancer mutation discovery and interpretation](http://stm.sciencemag.org/content/7/283/283ra53.full)"),
    (81, 81, None, "[Scinece supp](http://stm.sciencemag.org/content/6/243/243fs26.full)"),
    (87, 87, "The ageing haematopoietic stem cell compartment", "[haematopoietic stem cell compartment]"),
    (89, 89, "Ageing: Eternal obsession", "[Eternal obsession](http://www.nature.com/nature/journal/v517/"),
    (90, 90, "Tipping the metabolic scales towards increased longevity in mammals", "[in mammals]"),
    (90, 90, "Comparative genetics of longevity and cancer: insights from long-lived rodents",
     "[insights from long-lived rodents]"),
    (90, 90, "Protein homeostasis: live long, won't prosper", "[live long, won't prosper]"),
    (90, 90, "Cancer in rodents: does it tell us about cancer in humans?", "[NRC 2005]"),
    (90, 90, "Life history trade-offs in cancer evolution", "[cancer evolution]"),
    (92, 92, "A longer life with less pain", "[1](http://www.nature.com/nature/journal/v509/"),
    (92, 92, "Less cancer protein, longer life", "[2](http://www.nature.com/nature/journal/v517/"),
    (94, 94, ("Global, regional, and national disability-adjusted life years (DALYs) for 306 diseases and injuries and"
     " healthy life expectancy (HALE) for 188 countries, 1990–2013: quantifying the epidemiological transition"),
     "[healthy life expectancy (HALE)](http://www.sciencedirect.com/science/article/pii/S014067361561340X)"),
    (103, 103, "NAD+ in aging, metabolism, and neurodegeneration", None),
    (104, 104, "Mitochondrial dysfunction and longevity in animals: Untangling the knot", None),
    (105, 105, "Human telomere biology: A contributory and interactive factor in aging, disease risks, and protection",
     None),
    (106, 106, "Stem cells and healthy aging", None),
    (107, 107, "Healthy aging: The ultimate preventative medicine", None),
    (109, 109, "Whole-Genome Sequencing of a Healthy Aging Cohort", None),
    (111, 111, "Dynamics of biomarkers in relation to aging and mortality", None),
    (115, 115, "Broken Limits to Life Expectancy", None),
    (116, 116, "Biodemographic Trajectories of Longevity", None),
    (117, 117, "Ageing populations: the challenges ahead", None),
    (118, 118, "Biodemography of human ageing", None),
    (119, 120, "The quest for genetic determinants of human longevity: challenges and insights", None),
]
# Lines with text that hold no entry (collections, slides, news, magazine, Outlook, infographics, web pages, headings).
NO_ENTRY = {1, 15, 16, 45, 55, 56, 57, 58, 61, 67, 71, 73, 83, 85, 88, 96, 97, 98, 100, 102, 114}


def rendered(text: str) -> str:
    """The line as it reads: link text kept, emphasis removed, spaces collapsed."""
    text = re.sub(r"\[([^\]]*)\] ?\([^)]*\)", r"\1", text)
    text = text.replace("**", "").replace("*", "")
    return re.sub(r"\s+", " ", text).strip()


def main() -> None:
    lines = read_lines(NAME)
    papers = []
    covered = set()
    for first, last, title, segment in RECORDS:
        own = " ".join(lines[first - 1 : last])
        if title is not None:
            assert title in rendered(own), (first, title)
        p = entry(lines, first, last, title)
        if segment is not None:
            assert segment in own, (first, segment)
            p["arxiv"], p["doi"] = arxiv_of(segment), doi_of(segment)
        papers.append(p)
        covered.update(range(first, last + 1))
    text_lines = {n for n, t in enumerate(lines, 1) if t.strip()}
    assert not covered & NO_ENTRY
    assert text_lines - covered == NO_ENTRY, sorted(text_lines - covered - NO_ENTRY)
    assert len(papers) == 59, len(papers)
    write_truth(
        NAME,
        PART,
        papers,
        "Hand list of the scholarly articles named in the notes (59): one entry per article, several per line where"
        " a line chains readings (each taking ids from its own segment); title = the article's title as written,"
        " spanning the text around a partial link, without journal/year/notes; None for bare link words ('paper',"
        " 'HMDB', 'Scinece supp'); collections, slides, news, Scientific American, Nature Outlook features, a book"
        " review, JAMA infographics, web resources and headings are not entries.",
        "Whole file read line by line (120 lines) against the -v output: every text line either holds listed entries"
        " or is in the script's no-entry set (asserted); each title asserted to occur in its rendered line; the"
        " multi-record lines 36, 40, 51, 81, 87, 89, 90, 92 split by hand with their own DOIs (40: bies.201200148 and"
        " acel.12386 on their papers); partial-link titles 11, 22, 24, 30, 32, 75, 77, 105, 119 joined with their"
        " tails; repeats 63/107, 11/119, 32/118 kept; notes '- CGRP', '- MYC', '**WEG** -', 'using MetaCore' left out.",
    )


if __name__ == "__main__":
    main()
