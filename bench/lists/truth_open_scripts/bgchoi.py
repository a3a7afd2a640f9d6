"""Open truth (batch 3) for bg-choi/NLPlab-skku.github.io Publications/journalpapers.md: a Korean NLP lab's
journal papers (Youngjoong Ko), 2018 back to 2000, written as hand-made HTML in a Jekyll page.

One '<li>' per paper: authors, then '<br>&nbsp;&nbsp;&nbsp;&quot;Title.&quot;', venue lines and an
index note ('(SCIE, ISSN ...)').  The HTML is irregular: some records close their '</li>' early and
go on after it, titles wrap over '<br>' or over source lines, some quotes are plain '"', one is
unclosed up to the venue line, one record (2008, Hwang and Ko) has no quotes at all, and one title
is wrapped in both '&quot;' and curly quotes.  The records are therefore listed by line range
below (checked one by one against the file), and the title is read from the record's title lines:
the text between the opening quote and the closing one (or the end of the title lines), markup
removed; a '<br>' right after a hyphen joins the two halves without a space ('Analysis-supporting',
'One-against-the-rest').

Papers published in Korean journals are given twice in one record: the Korean original (authors
in Hangul, Korean title, Korean venue) then its English translation (romanised authors,
translated title, English venue).  Such a record is one entry spanning both; its title is the
Korean original title, the English translation being dropped.  The 2007 Ko et al. title has the
journal name written inside its quotes ('..., Information and Software Technology'): the journal
is left out of the title.  Two HTML comments repeating the previous (2014) record are not
rendered and not entries.  The two 2005 LNCS/LNAI proceedings papers listed among the journal
papers are papers and entries.  No record gives a link, a DOI or an arXiv id.
"""
import re

from _open import Open

NAME = "bg-choi__NLPlab-skku.github.io__Publications__journalpapers@5afc327.md"

#: (first line, last line, first title line, last title line) of every record; Korean records
#: name the Korean title's lines.
RECORDS = [
    # 2018
    (33, 36, 34, 34), (38, 41, 39, 39), (43, 46, 44, 44), (48, 53, 49, 49), (55, 59, 56, 56),
    (61, 66, 62, 62),
    # 2017
    (72, 75, 73, 73), (77, 80, 78, 78), (82, 85, 83, 83), (87, 90, 88, 88), (92, 98, 93, 93),
    (100, 105, 101, 101),
    # 2016
    (111, 114, 112, 112), (118, 121, 119, 119), (125, 133, 126, 126), (137, 146, 138, 138),
    # 2015
    (152, 155, 153, 153), (159, 162, 160, 160), (166, 169, 167, 167), (173, 177, 174, 174),
    (181, 188, 182, 182),
    # 2014
    (194, 197, 195, 195), (201, 204, 202, 202), (208, 211, 209, 209), (215, 221, 216, 216),
    (225, 231, 226, 226), (238, 244, 239, 239),
    # 2013
    (253, 256, 254, 254), (260, 264, 261, 262),
    # 2012
    (271, 275, 272, 272), (279, 284, 280, 281), (288, 292, 289, 289), (295, 299, 296, 296),
    (303, 307, 304, 305), (310, 318, 311, 312),
    # 2011
    (324, 327, 325, 325), (331, 334, 332, 332), (337, 343, 338, 338), (346, 353, 347, 347),
    # 2010
    (357, 363, 358, 358), (366, 372, 367, 367), (375, 382, 376, 376), (388, 394, 389, 389),
    (400, 406, 401, 401), (412, 419, 413, 413),
    # 2009
    (427, 430, 427, 428), (432, 438, 432, 432),
    # 2008
    (443, 446, 443, 444), (450, 454, 450, 452), (459, 460, 459, 459), (462, 466, 462, 463),
    (469, 472, 469, 469), (476, 479, 476, 476), (484, 488, 484, 484), (492, 495, 492, 492),
    # 2007
    (499, 504, 499, 501), (507, 511, 507, 509),
    # 2006
    (516, 519, 516, 517),
    # 2005
    (523, 527, 523, 524), (529, 535, 529, 530), (537, 541, 537, 538), (544, 549, 544, 544),
    # 2004
    (553, 556, 553, 554), (560, 563, 560, 561), (566, 570, 566, 566),
    # 2003
    (574, 577, 574, 575),
    # 2002
    (581, 585, 581, 581), (587, 592, 587, 587),
    # 2000
    (596, 599, 596, 598), (600, 606, 600, 600), (607, 613, 607, 607),
]

QUOTE = r'&quot;|"'


def title_of(t: Open, first: int, last: int) -> str:
    text = t.span(first, last)
    text = re.sub(r"-\s*<br>(?:&nbsp;|\s)*", "-", text, flags=re.IGNORECASE)
    text = re.sub(r"<br\s*/?>", "\n", text, flags=re.IGNORECASE)
    text = re.sub(r"<[^>]+>", "", text)  # tags go first: their attributes hold quotes ('size="2"')
    if first == 459:  # the one record without quotes: '<BR>&nbsp;&nbsp;&nbsp;Korean title<BR>'
        return text.split("\n")[1]
    m = re.search(rf"(?:{QUOTE})(.+?)(?:{QUOTE}|$)", text, flags=re.DOTALL)
    title = m.group(1)
    title = title.strip().strip("“”").strip()
    title = re.sub(r",\s*Information and Software Technology$", "", title)  # journal inside the quotes
    return title


def main() -> None:
    t = Open(NAME)
    for first, last, tfirst, tlast in RECORDS:
        assert first <= tfirst <= tlast <= last
        t.add(first, last, title_of(t, tfirst, tlast))
    t.write("every paper record ('<li>' with authors, quoted title, venue; a Korean record with its English"
            " translation counts once) is an entry, listed by line range; title = the quoted title (the"
            " Korean original for Korean papers), markup removed",
            "every record of the file one by one (71 entries: each range, each title against the file, the"
            " Korean/English pairs, the unquoted and unclosed titles, the journal name inside one title), the"
            " two commented-out repeats and the navigation at the top (no entries)")


if __name__ == "__main__":
    main()
