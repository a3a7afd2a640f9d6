"""Wild26 truth for mickaeltemporao/data-analysis docs/readings.md: a political-science teacher's working
notes of readings for a data-analysis course (social science), kept as loose Markdown.

Shape: no single format.  '# 2025-2026' with '## S1' / '## S2' bullets of APA references (lines 4-8 plain,
titles unquoted except line 5; lines 12-21 the whole APA reference as link text); a paragraph of bare
'Title - Author Year' lines, some linked (lines 23-31, one line per record although Markdown would join
them into one paragraph; King 2000 twice, lines 23 and 31); '## SELECTION' with an APA line followed by a
'- https://...' bullet (35-36); five bare URLs of web pages (41-45); 'Content Analysis Readings' and
'- Empirical articles' with 4-space-indented bullets of APA references, linked or not, short lines 'Title
(AJPS) Authors' (59, 61, 66) and a reference followed by its URL as a second bullet (68-69); a line
'2016 Title<TAB>Party Politics 22:165-178' (76); then 'ANES ARTICLES' and 'ANES Articles & Books':
author-first paragraphs with a quoted title, with or without a journal, each followed by an indented
one-sentence annotation (one annotation, line 108, unindented after a blank line, belongs to line 106).
Title = the work's title as written: the quoted text ('?' kept, a closing '.' dropped) or the APA title
sentence; for 'Title - Author Year' lines the text before ' - '; for 'Title (AJPS) Authors' the text
before the venue in parentheses; line 76 drops the leading year.
Entries (52): every record whose subject is one article (repeats are separate entries: Dassonneville,
Mason, Barber & Pope, Family Matters, Argyle, King, Brady, Converse).  A record that names a journal is
taken as the article it writes, even where the citation looks garbled (line 97 'News That Matters ...'
AJPS, line 100 'Retrospective Voting ...' AJPS); a record naming no venue is an entry unless the work is
a book: lines 93 (Delli Carpini & Keeter, called 'This article' by its annotation), 117 The American
Voter, 120 An Economic Theory of Democracy, 123 The Nature and Origins of Mass Opinion, 132 News That
Matters: Television and American Opinion, 135 Citizens, Politics, and Social Communication, 150 Follow
the Leader? are books (7, not entries).  Line 55 'Concepts and measurement: Ontology and epistemology Gary
Goertz, James Mahoney' (an article in Social Science Information, listed under 'Empirical articles') and
line 141 (Hetherington 1996, no venue, not a book) are entries.
Not entries: the five web-page URLs (41-45), the to-do line 51 'Doing a literature review article',
headings and labels ('Potential', 'Content Analysis Readings', '- Empirical articles', 'ANES ...').
Count check: every non-blank line is classified (heading, label, rule, URL, note, book, record start or
record continuation): 59 records = 52 entries + 7 books.
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild26 import entry, read_lines, write_truth

NAME = "mickaeltemporao__data-analysis__docs__readings@591aed6.md"
PART = "wild26_development"
HEADINGS = {1, 3, 10, 33}
LABELS = {19, 34, 47, 53, 81, 115}
WEB = {41, 42, 43, 44, 45}
NOTES = {51}
BOOKS = {93: 94, 117: 118, 120: 121, 123: 124, 132: 133, 135: 136, 150: 151}
# first line -> (last line, title)
ENTRIES = {
    4: (4, "Gender, political knowledge, and descriptive representation: The impact of long‐term socialization"),
    5: (5, "Beyond SES: A Resource Model of Political Participation"),
    6: (6, "Ideologues without issues: The polarizing consequences of ideological identities"),
    7: (7, "Does party trump ideology? Disentangling party and ideology in America"),
    8: (8, ("Informed or Overwhelmed? Disentangling the Effects of Cognitive Ability and Information on Public"
           " Opinion")),
    12: (12, "Toxic speech and limited demand for content moderation on social media"),
    14: (14, "Family Matters: How Immigrant Histories Can Promote Inclusion"),
    16: (16, "Social capital I: measurement and associations with economic mobility"),
    21: (21, "Out of one, many: Using language models to simulate human samples"),
    23: (23, "Making the Most of Statistical Analyses: Improving Interpretation and Presentation"),
    25: (25, "Like-minded sources on Facebook are prevalent but not polarizing"),
    26: (26, "(Almost) Everything in Moderation: New Evidence on Americans' Online Media Diets"),
    27: (27, "Internet, News, and Political Trust: The Difference Between Social Media and Online Media Outlets"),
    28: (28, "Ideological Asymmetries and the Determinants of Politically Motivated Reasoning"),
    29: (29, "Risk Aversion and the Gender Gap in the Vote for Populist Radical Right Parties"),
    30: (30, "The Nature of Affective Polarization: Disentangling Policy Disagreement from Partisan Identity"),
    31: (31, "Making the Most of Statistical Analyses: Improving Interpretation and Presentation"),
    35: (36, "Differences in misinformation sharing can lead to politically asymmetric sanctions"),
    39: (39, "Uninformed Votes: Information Effects in Presidential Elections"),
    48: (48, "Content analysis"),
    49: (49, "Three approaches to qualitative content analysis"),
    50: (50, "An overview of content analysis"),
    54: (54, "Qualitative methods"),
    55: (55, "Concepts and measurement: Ontology and epistemology"),
    56: (56, "Family Matters: How Immigrant Histories Can Promote Inclusion"),
    57: (57, ("The Causal Effects of Elite Position‐Taking on Voter Attitudes: Field Experiments with Elite"
             " Communication")),
    58: (58, "Gender, political knowledge, and descriptive representation: The impact of long‐term socialization"),
    59: (59, "Polarization and the Decline of the American Floating Voter"),
    61: (61, "An Asymmetrical “President-in-Power” Effect"),
    63: (63, "Does party trump ideology? Disentangling party and ideology in America"),
    64: (64, "Ideologues without issues: The polarizing consequences of ideological identities"),
    66: (66, "The consequences of online partisan media"),
    68: (69, "Out of one, many: Using language models to simulate human samples"),
    71: (71, "Social Media and Fake News in the 2016 Election"),
    73: (73, ("Who leads? Who follows? Measuring issue attention and agenda setting by legislators and the mass"
             " public using social media data")),
    76: (76, ("Getting out the vote in the social media era: Are digital tools changing the extent, nature and"
             " impact of party contacting in elections?")),
    79: (79, "Testing the robustness of the ANES feeling thermometer indicators of affective polarization"),
    83: (84, "Surge and Decline: A Study of Electoral Change"),
    86: (87, "The Nature of Belief Systems in Mass Publics"),
    89: (90, "Political Awareness, Elite Opinion Leadership, and the Mass Survey Response"),
    97: (98, "News That Matters: Agenda-Setting and Priming in a Television Age"),
    100: (101, "Retrospective Voting in American National Elections"),
    103: (104, "The Political Relevance of Political Trust"),
    106: (108, "Ideological Realignment in the U.S. Electorate"),
    110: (110, "Why Are American Presidential Election Campaign Polls So Variable When Votes Are So Predictable?"),
    112: (112, "Education and Political Participation: Exploring the Causal Link"),
    126: (127, "The Nature of Belief Systems in Mass Publics"),
    129: (130, "Beyond SES: A Resource Model of Political Participation"),
    138: (139, "Partisanship and Voting Behavior, 1952-1996"),
    141: (142, "The Media’s Role in Forming Voter Attitudes"),
    144: (145, "Is Polarization a Myth?"),
    147: (148, "Rich State, Poor State, Red State, Blue State: What’s the Matter with Connecticut?"),
}
# what may follow a title on its line: APA '. ', a closing quote, a link end, ' - Author', ' (Venue)', a tab, line 55's authors
AFTER = r'(\. |\.\]|\.\*|\.?"|\.?\]\(| - [A-Z]| \((AJPS|APSR|PNAS)\)|\t|\.$|\]\(| Gary Goertz)'


def main() -> None:
    lines = read_lines(NAME)
    covered = set(HEADINGS) | LABELS | WEB | NOTES
    for first, last in BOOKS.items():
        assert re.match(r'^[A-Z][\w ,.&-]+ \(\d{4}\)\. "', lines[first - 1]), first
        assert lines[last - 1].startswith("    "), last
        covered |= set(range(first, last + 1))
    papers = []
    for first, (last, title) in ENTRIES.items():
        text = lines[first - 1].replace("*", "")
        assert re.search(re.escape(title) + AFTER, text), first
        covered |= set(range(first, last + 1))
        papers.append(entry(lines, first, last, title))
    assert all(lines[i - 1].startswith("#") for i in HEADINGS)
    assert all(re.match(r"^https://", lines[i - 1]) for i in WEB)
    for i, text in enumerate(lines, 1):
        if text.strip() == "---":
            covered.add(i)
        assert not text.strip() or i in covered, i
    assert len(ENTRIES) + len(BOOKS) == 59
    assert len(papers) == 52, len(papers)
    write_truth(NAME, PART, papers,
                "every record (bullet, line or paragraph) whose subject is one article is an entry, repeats"
                " included; title = the quoted title or the APA title sentence, or the text before ' - Author"
                " Year' / ' (Venue)'; records naming a journal count as the article they write, records without"
                " a venue count unless the work is a book (7 books not entries); web-page URLs, labels and a"
                " to-do line are not entries",
                "every line of the file read and classified by eye (59 records: 52 entries, 7 books); all 52"
                " titles checked against their lines in the -v output; continuation lines (URL bullets 36 and"
                " 69, annotations, the unindented annotation 108) and the DOIs from Wiley and Annual Reviews"
                " URLs (26, 54, 57, 58) checked")


if __name__ == "__main__":
    main()
