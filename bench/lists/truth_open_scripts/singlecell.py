"""Open truth (batch 3) for seandavi/awesome-single-cell README: a list of single-cell analysis software, with
tutorials, portals, a few journal articles and people.

Most bullets are tools: '- [Tool](repo or site) - [Language] - description', and many of them cite
the tool's paper, either as a link whose text is the paper's title ('[Deep generative modeling
for single-cell transcriptomics](nature url)'), as a label ('[bioRxiv](url)', '[Paper](url)',
'[ref](url)', '[preprint](url)', '[here](url)', '[Genome Biology](url)', an author-year
'[Welch et al. 2016](url)', ...), by linking the tool's own name to the paper ('[VISION](biorxiv)',
'[pcaReduce](BMC)', '[SpatialDE](nature)', 'proposed in [Slide-seq](science) paper'), or as a bare
URL after the description (zinbwaveZinger 262, scPLS 268, VIPER 364, JingleBells 582).  As in other lists whose software items cite
their paper, a bullet that links a paper (a paper host: journals, doi.org, bioRxiv, arXiv, PMC,
OpenReview, JOSS, F1000, ...) is an entry, for that paper; a tool bullet that links no paper is a
tool, not an entry (TASIC and BASIC link lab pages, not papers).  Title = the paper link's text
when it is the paper's title; null when it is a label, an author-year, the tool's name, or a
description sentence rather than a title (SCIPhi 387, Wishbone 482); a venue and year that the
link text adds after the title are dropped ('... profiling. _Nature Communications_ (2022)',
'..., Genome Biology 2019', '(Nature Communications 2025)'), and MATCHER's link text (424) is cut
after its first sentence (the rest describes the tool).  A paper title written only as the tool's
description (DensityPath 289, SPADE 307) is not marked as a title: null.

The paper the entry is for is the bullet's first paper link; two decisions: celda's bullet (90)
also links DecontX's paper as a cross-reference to the DecontX bullet (102), not a second record;
PyGMNormalize (139) mentions edgeR (another method's PubMed record) in its description: a mention,
not the tool's paper, and the bullet is not an entry.  MAGIC (361) links its paper twice (bioRxiv,
Cell): one entry.  The same paper under several tools or sections (scPRINT four times, ouija and
ouijaflow, CellView twice, dynverse and the trajectory benchmark) gives separate entries.
A bullet's entry includes its wrapped continuation line (gimVI 420-421, FiRE 436-437); nested
bullets (333, 579) are records of their own.

'## Journal articles of general interest': every article bullet is an entry (title = link text;
Sensei's bullet, 642, links its tool then the paper, title = the paper link's text); the four
'Paper collections' bullets (a Mendeley group, a BMC collection, two special issues) are not.
Not entries: tutorials and workflows that link no paper (Aaron Lun's workflow links its
Bioconductor page), contributors, the list's own Zenodo citation badge, NotebookLM and star links, the
table of contents, 'Similar lists', 'People', and the gender-bias article linked in the People
prose.
"""
import re

from _open import Open

NAME = "seandavi__awesome-single-cell__README@9005eaa.md"

PAPER_HOST = re.compile(
    r"https?://(?:www\.)?(?:nature\.com|doi\.org|dx\.doi\.org|(?:www\.)?biorxiv\.org|academic\.oup\.com"
    r"|[a-z]+\.biomedcentral\.com/articles|sciencedirect\.com/science/article|cell\.com|arxiv\.org"
    r"|(?:pmc\.)?ncbi\.nlm\.nih\.gov/(?:pmc|articles)|science\.sciencemag\.org/content/\d+/\d+/\d+"
    r"|f1000research\.com|wellcomeopenresearch\.org|ieeexplore\.ieee\.org|joss\.theoj\.org|journals\.plos\.org"
    r"|genome\.cshlp\.org|(?:msb\.)?embopress\.org|openreview\.net|jimmunol\.org|frontiersin\.org)",
    re.IGNORECASE)
LINK = re.compile(r"\[((?:[^\[\]]|\[[^\]]*\])*)\]\(<?(https?://[^>\s]+?)>?\)(?!\S*\))|<a href=\"([^\"]+)\">([^<]*)</a>")
LABEL = re.compile(r"(?i)bio\s*r[xχ]iv|biorviv|paper|preprint|ref|here|doi.*|link|naturecomm|communications biology"
                   r"|genome biology|bmc bioinformatics|published in .*|.* et al\.? \d{4}|experimentally validated")

NOT_ENTRIES = {
    139: "PyGMNormalize: edgeR's PubMed record, another method mentioned in the description",
    629: "paper collection (Mendeley group)", 630: "paper collection (BMC)",
    631: "special issue", 632: "special issue",
}
DESCRIPTION_LINKS = {387, 482}  # link text is a sentence describing the tool, not a title
TRIM = {  # link text -> title (venue/year or a description sentence after the title dropped)
    257: ". _Nature Communications_ (2022)", 258: ". _Bioinformatics_ (2021)", 260: ". _Nature Biotechnology_ (2021",
    328: ". Nature Immunology (2019)", 329: ". iScience (2020)", 337: " (Nature Communications 2025)",
    417: ", Genome Biology 2019",
}
BARE = {262: "https://doi.org/", 268: "https://www.nature.com/", 364: "https://genomebiology.", 582: "(http://www.jimmunol.org/"}


def main() -> None:
    t = Open(NAME)
    n = len(t.lines)
    start = t.lines.index("## Software packages")
    stop = t.lines.index("## Similar lists and collections")
    for i in range(start + 1, stop + 1):
        text = t.line(i)
        if not re.match(r"\s*- ", text) or i in NOT_ENTRIES:
            continue
        end = i
        while end < n and t.line(end + 1).startswith("  ") and not re.match(r"\s*- ", t.line(end + 1)):
            end += 1
        record = " ".join(t.line(j).strip() for j in range(i, end + 1))
        links = [(m.group(1) if m.group(2) else m.group(4), m.group(2) or m.group(3)) for m in LINK.finditer(record)]
        papers = [(txt, url) for txt, url in links if PAPER_HOST.match(url)]
        if i in BARE:  # the paper is a bare URL at the end of the description
            assert BARE[i] in record and not papers, i
            t.add(i, end, None)
            continue
        if not papers:
            continue
        txt, url = papers[0]
        tool = re.match(r"\s*- \[((?:[^\[\]]|\[[^\]]*\])*)\]\(<?([^)>\s]+)", text)
        if tool and tool.group(2) == url and i < t.lines.index("## Journal articles of general interest"):
            title = None  # the tool's name links its paper
        elif LABEL.fullmatch(txt.strip()) or i in DESCRIPTION_LINKS or txt in ("Slide-seq", "SpaTalk", "SpatialDE",
                                                                              "SpatialPrompt", "PowsimR"):
            title = None
        elif i in TRIM:
            assert txt.endswith(TRIM[i]), (i, txt)
            title = txt[: -len(TRIM[i])]
        elif i == 424:
            title = txt.split(". ")[0]
        else:
            title = txt
        t.add(i, end, title)
        doi = t.papers[-1]["doi"]
        if doi and doi.startswith("10.1101/"):  # bioRxiv URL tails ('v1.full.pdf+html') are not part of the DOI
            t.papers[-1]["doi"] = re.sub(r"^(10\.1101/[\d.]+)v\d+.*$", r"\1", doi)
    t.write("every bullet from 'Software packages' to the journal articles that links a paper is an entry for its"
            " first paper link (tools citing their paper, the articles of general interest), title = that link's"
            " text when it is a title (a venue/year or description tail dropped), null for labels ('bioRxiv',"
            " 'Paper', 'ref'), author-years, tool names and description sentences; tool bullets without a paper"
            " link, tutorials, paper collections, similar lists and people are not entries",
            "the whole file: every bullet with a link to a paper host, one by one (204 entries: entry or not, the"
            " paper link taken, title or null, the 7 venue trims and MATCHER's cut; the 82 null titles listed with"
            " the link text naming them), every bullet left out that has a link outside GitHub/Bioconductor/CRAN/PyPI"
            " (about 55, one by one: tools' sites, tutorials, portals, collections; 3 bare paper URLs found there and"
            " added), the journal-article section, the wrapped and nested bullets; the People section and the"
            " other tool bullets without such links by sampling")


if __name__ == "__main__":
    main()
