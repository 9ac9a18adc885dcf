"""Every threshold and fitted weight newsdump decides by, in one frozen object.

In the spirit of ftfy's ``TextFixerConfig``: `clean()`, `reconstruct()` and the
stages they run take a `Config`, and changing a decision means changing one
field here, not a constant in some module::

    >>> from cleanup import Config, clean
    >>> strict = Config(title_max_chars=40)

Widths are printed cells (a Han character or full-width mark is two cells, an
ASCII character one); lengths are characters. The defaults are the values the
development pages were measured with (README, "Accuracy"). The four fitted
models default to the weights shipped with the package; ``scripts/train_layout.py``
fits new ones, which a `Config` can carry for a trial run.
"""

from __future__ import annotations

from dataclasses import dataclass

from cleanup.linear import LinearModel, shipped


@dataclass(frozen=True)
class Config:
    # ---- the column measure (cleanup.columns)
    # A full line may fall short of its column by this many cells: compressed
    # punctuation and half-width digits leave a wrapped line a little short.
    full_slack: int = 3
    # A block measures its own column from at least this many interior lines
    # (neither a paragraph's indented first line nor its short last one).
    measured_lines: int = 3
    # A block of at least this many lines whose lines but its last run alike, more than an
    # indent short of the column, is set in a narrower measure (a box, a pull quote): a line
    # ends no paragraph by falling short of the page's column alone (`cleanup.unwrap`).
    narrow_box_lines: int = 4
    # Measured blocks this many blocks apart whose widths are within
    # `same_measure` of each other pool their lines into one measurement.
    pool_reach: int = 2
    same_measure: float = 0.15
    # A line may run past its column by this many cells and still belong to it.
    overhang: int = 6
    # A squeezable mark's width on the page (`cleanup.squeeze`): read from adjacent lines at
    # least this wide and within `full_slack` + 1 of each other, shrunk towards full width by a
    # prior of this many pairs differing by one mark, in steps of this many cells.
    mark_width_min_line: int = 16
    mark_width_prior: float = 20
    mark_width_step: float = 0.2
    # At least this many lines of cells parted by spaces, none longer than this many characters,
    # columns of numbers under a header, are a table (`cleanup.tables`).
    table_min_rows: int = 3
    table_cell_chars: int = 12
    # A kicker printed under its headline, ending on a dash, runs this many lines at most.
    kicker_lines: int = 2
    # A reporters' sign-off printed as title lines ("本报记者" | "陈伟光" | "李" | "刚整理") runs
    # this many lines at most (`layout.pieces`).
    sign_off_lines: int = 4
    # The lost two-character indent of a paragraph's first line, in cells, with tolerance.
    indent: int = 3
    # In a block that lost its blank lines, a sentence ending at least this many cells short
    # of the measure (more than a character: one exactly a character short is as often full),
    # over a line as short: a paragraph's last line, then its next one's first, a lost indent
    # read against a measure read a little low.
    short_ending: float = 2.1
    # A block this many lines long has lost its blank lines (some extractors print none); at
    # least this many title lines closing it are a page's headlines set together at its end.
    unbroken_block_lines: int = 60
    trailing_title_lines: int = 3
    # A page of at least this many lines without a single blank one has lost them all,
    # however short (an extractor that prints a paragraph to a line gives a page few lines).
    unbroken_page_lines: int = 20
    # In such a block a run of title lines is parted where the fitted chance that the next
    # line begins another title (a headline under its kicker) is at least this
    # (layout.title_runs); below it the run stays one title.
    title_break_min: float = 0.9
    # ... and title lines an extractor printed one by one after the text are one title only
    # where that chance is below this (there a run of them is as often the page's headlines).
    title_join_max: float = 0.2
    # A title line this many cells (two characters) wider than the one above it shows that
    # line was not filled by a wrap: there one title ends and another begins, whoever joined
    # them. A wrap's lines differ by a character where punctuation is squeezed.
    title_wrap_growth: int = 4
    # Between two title lines, a word across the join counts only where the dictionary uses it
    # this often: a rare compound of two words ("日常执法" | "违法占用…" reads "执法违法") is no
    # word a wrap cut, and two titles set one over the other often make one.
    title_bridge_frequency: int = 20
    # In such a block the column is measured line by line, over this many lines on each side
    # (its articles are set in several measures); a line that ends no sentence and falls this
    # short of that measure (a share) is a title line and stands apart.
    local_measure_lines: int = 6
    local_measure_rank: float = 0.9
    title_line_share: float = 0.8
    # A unit that opened on a line this short of the measure (a share), ending no sentence, is
    # a title's run however its later lines run: no paragraph's first line, an indent short,
    # falls so far short (`cleanup.unwrap`, a run that ends over a paragraph's first line).
    title_run_share: float = 0.6
    # A title line followed by a title line at most this wide (cells) and narrower by that share
    # is one headline wrapped, not two titles.
    wrapped_title_tail: int = 12
    # A line of at most this many characters and a sentence's stop under a short line is that
    # sentence's last word ("…挂在嘴边的一句" | "话。"), no paragraph: the line over it runs on.
    sentence_tail_chars: int = 3
    # An in-body title line this many cells wider than the one above it starts another
    # intertitle: an intertitle wraps greedily, like the text, so a wrap fills the line it
    # leaves and the next runs no wider but for a squeezed mark (layout.title_runs).
    intertitle_wrap_growth: int = 3
    # A line this wide is a whole paragraph printed unwrapped: a page with most
    # of its text on such lines is "flat" (one paragraph per line).
    flat_line: int = 90
    # On a flat page, a shorter one-line block is a title, label or banner, never a paragraph.
    flat_paragraph_min: int = 56
    # A line this many times its column's width runs across columns (a header, a banner).
    outside_column: float = 1.5

    # ---- column jumps (cleanup.jumps)
    # Units before a blank line read for the words a headline there would echo.
    context_units: int = 3
    # Lengths that tell a one-line title from a paragraph cut by a column jump on a flat page.
    flat_lengths: tuple[int, ...] = (10, 20, 30, 45)
    # Characters on each side of a line break asked whether a word runs across it.
    bridge_context: int = 3
    # A line with no mark before a blank runs on into the prose after it where the page prints
    # a string this long across the two elsewhere in one piece (three would do after prose,
    # but a title shares its words with the text it heads), ...
    seam_chars: int = 5
    # ... if the line is at least this long: a shorter one is a title's phrase, a place or a
    # name that the text under it may well repeat word for word.
    seam_line_chars: int = 6
    # Characters of the page on each side of a blank line searched for a word printed whole
    # elsewhere, and of a paragraph for the spot a doubling repair looks for: a newspaper
    # page's text is far shorter, and a dump holding a whole archive is not searched end to
    # end at every blank line and every doubled character.
    evidence_reach: int = 50_000
    # A dump longer than this many characters (an archive in one file, not a page) is rebuilt
    # a window at a time, each cut at a blank line (`cleanup.windowing`): its memory is the
    # window's, not the dump's. Twice the evidence reach, ten times the longest page seen.
    window_chars: int = 100_000
    # A dump keeps the print's paragraph indents ("　　" before each paragraph) when at least this
    # many lines open with an indent of two to `kept_indent_max` cells beyond the page's margin
    # (`cleanup.indents`); deeper whitespace centres a title, it indents no paragraph.
    kept_indent_lines: int = 3
    kept_indent_max: int = 8
    # On any dump, a line set in this many cells or more is a title centred with spaces: it loses
    # its leading whitespace (fewer are an extractor's mark of a line taken from elsewhere).
    centred_min_cells: int = 4
    # A dump sets a space between every two characters (OCR) when more than this share of the
    # Han characters followed by another stand a space from it (`cleanup.spacing`).
    letter_spaced_share: float = 0.5
    # A dump prints its columns side by side (pdftotext's layout mode) when at least this many
    # lines, and this share of its text lines, hold text three spaces apart or more.
    side_by_side_lines: int = 10
    side_by_side_share: float = 0.3
    # Such a dump is read column by column (`cleanup.by_column`): text at least this many
    # cells from the run before it on the line stands in another column.
    side_by_side_gutter: int = 2
    # ... and a column's next line is at most this many lines of the dump further down.
    side_by_side_leading: int = 2
    # ... unless fewer than this share of the runs of text on lines holding several carry a
    # clause or sentence mark: a table's cells, read across as printed.
    side_by_side_prose_share: float = 0.5
    # A dump prints a blank line after every line when at least this share of its text lines
    # (of at least `line_spaced_lines`, on a page set in columns) are followed by one.
    line_spaced_share: float = 0.9
    line_spaced_lines: int = 10
    # ... and, on a page printed one paragraph per line, when at least this share of the gaps
    # are two blank lines or more (the paragraphs' own).
    line_spaced_wide_gaps: float = 0.2
    # A join whose fitted chance lies this close to 0.5 is a close call, noted on the article.
    close_jump: float = 0.3
    # A line ending on a word whose last clause is shorter than this share of its longest one
    # was cut mid-sentence by the column ("…都认为，老支书"); a title's clauses balance.
    cut_clause_share: float = 0.4
    # On a page printed one paragraph per line, three short lines in a row at most this long
    # (characters) are verse, never a paragraph a column jump cut.
    verse_line_chars: int = 14
    # ... and in a wrapped column, this many such lines in a row, as wide as each other, each
    # ending a sentence, are verse: each line a paragraph (`cleanup.breaks.verse_lines`).
    verse_run_min: int = 3
    # A title under one longer than this (a kicker over its headline) is a line of a headline
    # block, however it opens; one this short or shorter ("弦乐四重奏") heads text, which the
    # column may cut (`cleanup.jumps`).
    heading_word_chars: int = 6

    # ---- title shape (cleanup.shapes)
    # A headline, kicker, deck or intertitle fits a few short lines, or one longer line.
    title_max_chars: int = 60
    title_max_lines: int = 8
    title_line_max_chars: int = 30
    # A title's clauses run in balance ("春耕生产进展顺利，继续抓好田间管理"): each at least this
    # many characters, and the shortest at least this share of the longest.
    title_clause_min: int = 4
    title_clause_balance: float = 0.75

    # ---- OCR doublings (cleanup.doubling)
    # Characters of context on each side of a doubled pair given to the word dictionary.
    doubling_window: int = 6
    # Without a slipped copy, text that reads as a word this long is strong evidence of the slip.
    merged_word_min: int = 3
    # Even with each copy inside a word of its own ("内蒙古自|自治区"), text that without one
    # copy reads as a word this long ("内蒙古自治区") is a slip.
    merged_long_word_min: int = 5
    # ... and so is one that reads this much likelier without it (natural log of the odds of
    # the dictionary's best readings): the copy costs the text a word it hardly uses there.
    doubling_odds: float = 10.0
    # A pair that is a word ("好好") is a slip where the text without one copy reads as a word of
    # two the copy closes that the language uses at least this many times as often as the pair
    # ("和平" for "和|平平"); a word of two less common than that ("不好" for "不|好好|干", twice
    # "好好") is suspect. On clean text (`scripts/doubling_check.py`) 3 keeps 5 of the February
    # texts' 4,349 genuine pairs from removal and leaves as suspect 50 of 39,199 slips made on
    # those, the tune, held-out and shared corpora ("经常|常", "正常|常"); 2 keeps 4 for 31. A
    # longer word ("座谈会" for "座|谈谈|会") stays strong evidence.
    doubling_commoner: float = 3.0
    # A suspect pair is a slip where the page prints the character with the two after it,
    # with one copy, this many times besides ("张张明远" on a page naming "张明远" twice more).
    doubling_single_prints: int = 2
    # A pair the repair would remove stays (suspect) where the page prints it, with the character
    # before and the one after, this many times counting the spot itself ("滨江市市民中心" twice): a
    # slip falls at random, a writer repeats the words.
    doubling_repeats: int = 2
    # A pair the dictionary holds as one word used fewer times than this (a name: "阳阳", 8;
    # "代代" 3, "高高" 563) is weighed by the page as a suspect pair is.
    doubling_rare_word: int = 10
    # ---- captions (cleanup.jumps)
    # A block this long at most, ending on a photo credit, is a caption printed whole: no
    # title's words run on into it across a blank line.
    photo_caption_lines: int = 4
    # A line of one phrase over a caption is its own title when its width parts from the
    # caption's measure by more than this many cells (a caption's first line, a word or a
    # figure of half-width digits off, does not: `cleanup.unbroken.heads_a_caption`).
    caption_title_gap: float = 10
    # Stranded characters in a row before a pair in traditional text: a word of Hong Kong
    # usage the (simplified) dictionary lacks ("盆|骨|骨折"); one is enough to keep the pair
    # as printed. In simplified text one is the slip's ("都说|赶|赶上").
    unknown_name_min: int = 1
    # ... and in simplified text this many, the stranded copy among them, each a character the
    # language uses on its own less often than `common_character_word` ("卡|丘|课|课程": the
    # dictionary lacks the name "卡丘课", so it cannot tell the copy's from the text's;
    # "还|可|得|政|政府" and "陈某某这|这样" are slips, "可", "得" and "这" being words of the
    # text). On the 26,438 pairs 10,234 clean articles print (`scripts/doubling_check.py`) this
    # keeps 10 more as printed, for 2 of 1,826 slips made there left to the reader as suspect.
    unknown_word_min: int = 3
    common_character_word: int = 20000
    # ... and, after a copy a word ends on, this many such characters from the other copy on
    # ("铜鼓|鼓|身": "鼓身", a drum's body; "主席|席|会议" is a slip's). On the same pairs
    # this keeps 53 more as printed, for 15 of 1,826 slips made there left as suspect.
    unknown_word_after_min: int = 2
    # A verb said twice before a phrase the dictionary holds whole ("打|打篮球") is a writer's
    # where the rest of the phrase is a word the language uses at least this often (the
    # dictionary's count): "篮球", "清福" are, "责人" (of "负责人", a slip's) is not.
    object_word_frequency: int = 10

    # ---- pieces of the page (layout.classify, layout.stream)
    # A call to scan a code or follow an app is at most this long.
    promo_max_chars: int = 40
    # A line that only its mark ("●", "○", "◎") calls a promo names a channel in at most this many
    # characters, the mark with them ("●读者互动园地"); a longer one is an intertitle or entry of the
    # text ("●配套细则年内陆续出台").
    promo_mark_max_chars: int = 10
    # A bare dated line among the dump's first lines is its page header.
    header_lines: int = 3
    # A headline printed unwrapped, as one line, may run this long.
    headline_max_chars: int = 80
    # ... and runs at least this long: a shorter title ("楷 书") is a kicker's label.
    headline_min_chars: int = 3
    # A page that marks this many bylines or more ("■本报记者 王明") marks them all: there, a
    # reporter's line without the mark names who wrote a section of an article (`layout.classify`).
    # Wherever it stands: an article whose mark the extractor lost, on a page where two kept
    # theirs, loses its byline to the text above (not seen in ../shared, where marks are lost
    # page by page, not line by line).
    marked_bylines_min: int = 2
    # A paragraph this short or shorter that trails off ("看展览、逛庙会……") right over a title,
    # under a photo's credit or the page's furniture, is that headline's kicker
    # (`layout.classify`): a kicker of the read pages runs to 21 characters, a lede to more.
    trailing_kicker_chars: int = 30
    # A paragraph before a byline or dateline that ends no sentence, on at most this many
    # lines, is a headline too (a paragraph always ends one); a Hong Kong headline stacks its
    # halves in up to five ("舊區重建諮詢展開" | "街坊稱賠償不足" | "議員：…" | "誰來保障租戶？").
    headline_max_lines: int = 5
    # ... but one that wraps as a paragraph (every line but the last fills the column, cut where
    # no mark ends a phrase) on more lines than this, or that ends on a question or an
    # exclamation, is a paragraph: an article's last words, or a paragraph a column cut off,
    # over the byline of a text whose headline the extractor printed elsewhere.
    wrapped_headline_max_lines: int = 3
    # A Chinese name runs to this many characters at most (a compound surname and two more):
    # a wrap cuts the end of one off a byline ("张高" | "丽"), never more.
    name_max_chars: int = 4
    # Paragraphs read on each side of a place in the text stream when comparing words.
    context_bodies: int = 6
    # A character pair found in more than this share of a page's paragraphs is common to the
    # page, and the second count of words shared across a boundary leaves it out.
    common_pair_share: float = 0.1
    # ... unless it crowds one stretch of the page: held by at least this share of the
    # paragraphs over the stretch it spans, a stretch no longer than `story_pair_reach` of the
    # page's paragraphs, it is one story's (a long feature's protagonist), not the page's.
    story_pair_density: float = 0.7
    story_pair_reach: float = 0.34
    # Titles between two paragraphs lean to the side whose words they share by this much more.
    title_lean_margin: float = 0.1
    # The sections of a feature under one byline, each a dispatch with its own dateline, print
    # their titles alike: as many lines, each as long as the first section's within this many
    # characters ("新技术" | "某地行李可全程追踪" and "新措施" | "某地地铁安检能互认").
    section_title_slack: int = 1
    # Where headlines follow their text, a marked byline makes the text it opens one of
    # several sections (titles over an unmarked reporter's line under it head the next
    # section) only over a lede of at most this many paragraphs, or under one title alone:
    # titles under a longer text may be its own headline, printed after it, over the next
    # feature's first section (`layout.boundaries._sectioned`). A short text no byline opens
    # is no lede: a brief, its own headline under it, the unmarked reporter's line the next's.
    lede_paragraphs_max: int = 2
    # A clause no longer than a title's line, between two texts on a page whose headlines
    # follow their text, opens the text under it where that text repeats at least this share
    # of its character pairs (a pull quote or a lede; a kicker shares fewer with its own text).
    pull_quote_share: float = 0.6
    # A paragraph of at least `pull_quote_chars` characters, before a blank line, whose runs of
    # four characters the page prints elsewhere at least this share of is a pull quote, set
    # whole over the text it quotes however it ends ("…都值得点赞"): no column jump cuts it. A
    # fragment the column cut short is printed once.
    pull_quote_echo: float = 0.8
    pull_quote_chars: int = 16
    # Evidence summing to this much (an edge and a headline block's words) makes the
    # page's orientation sure.
    orientation_sure: float = 2.0
    # What an edge of the page weighs against the headline blocks' words (each at most 1): a
    # page that opens on text and closes on a headline block reads body-first however many
    # titles inside it share words with the text under them (a roundup's dated sections).
    orientation_edge_weight: float = 4.0
    # The indent a paragraph's first line lost, added back (cells) when measuring a column from it.
    lost_indent: int = 4

    # ---- article boundaries (layout.boundaries)
    # Two column measures this many cells apart are one measure.
    same_measure_cells: int = 3
    # Two sides of a place in the text that share this many character pairs beyond the page's
    # common ones, each of a name or a term (no function character, no word every text uses),
    # belong to one article, whatever the weights say. On the tune pages none of the places
    # sharing four or more such pairs stood between two articles.
    same_article_names: int = 10
    # ... and so do two sides sharing this many pairs of any kind, at least
    # `same_article_min_names` of them a name's or a term's (two essays on one page shared
    # twenty-three of the language's own, one of them a term).
    same_article_pairs: int = 20
    same_article_min_names: int = 4
    # ... where the pairs the text after holds, less the page's common ones, are at least this
    # share of those before: two long texts of one kind (the statements of a political page)
    # share a stock phrase's pairs and many terms, but few of all their pairs.
    same_article_share: float = 0.1
    # A title after no more than this many characters of text since their byline is an
    # intertitle: an article signed by its writer runs on past its lead (the shortest signed
    # text a title followed on the simulated pages ran to 976 characters).
    signed_lead_chars: int = 600
    # A pair the language uses this often (the dictionary's count, "此次", "表示") says nothing of
    # one story: two sides sharing only such pairs share no name or term.
    generic_pair_frequency: int = 3000
    # A title that shares words with the text it would head only stands between two articles
    # unless the two sides share names and terms weighing this much (a pair the dictionary
    # lacks two, a rare word one): "减轻" and "负担", said by two stories, weigh two. Two long
    # texts share a few such pairs by chance, so they must also weigh this share of the rare
    # pairs of the side that prints fewer.
    other_story_terms: int = 3
    other_story_share: float = 0.02
    # On a page whose headlines follow their text, a title of at least this many Han characters
    # that the text above prints whole, and the text under it does not, is that text's headline
    # quoting its own line ("春风吹老巷，灯火照新程。"), whatever names the two texts share.
    quoted_headline_chars: int = 6
    # On a page whose titles were printed after its text, two paragraphs with nothing between
    # whose measures differ by more than this share of the wider are two articles; elsewhere,
    # where two texts so set stand on either side of a title that leans to neither, the title
    # is no intertitle for sure, and the fitted model weighs it (`layout.boundaries`).
    measure_jump: float = 0.15
    # ... and more title lines than this after its text (a kicker, two headline lines, a deck)
    # are several headlines printed together.
    headline_block_lines: int = 4

    # ---- headline blocks (layout.titles, layout.build)
    # Several lines of at most this many characters: a headline set in big type.
    big_type_chars: int = 10
    # One line this short and nothing else is a campaign slogan rather than a headline.
    slogan_max_chars: int = 8
    # A line printed under a headline as its deck runs at least this long; a shorter one is a label.
    deck_min_chars: int = 8
    # A name rather than a phrase: this short, or a place or body this short (and no longer a
    # place or body named in several words, "质检总局": `cleanup.surnames.names_a_place_or_body`).
    label_any_chars: int = 4
    label_named_chars: int = 6
    # A reader's or a section author's signature names a place at least this long ("某某省某市",
    # "北京朝阳"), longer than a headline's paired half ("产业兴" | "乡村美" | "农民富"), where the
    # unwrapper reads it (`cleanup.unwrap._signs_a_letter`).
    signature_place_chars: int = 4
    # ... on at most this many lines: a place, then a name set letter-spaced a character to a
    # line ("北京朝阳" | "王" | "明").
    signature_max_lines: int = 3
    # A title line this long that ends on a speaker's verb ("李华在…专题会上强调") is a kicker
    # whole: who spoke, where; the headline under it says what. Shorter, it may be the start
    # of a headline wrapped after its verb ("李华会见" | "国际青少年基金会首席执行官").
    speech_credit_chars: int = 8
    # A line this short ending in a colon or a comma over a title line leads into that title.
    title_lead_chars: int = 20
    # Below this share of its character pairs found in the article, an outer title is a banner.
    banner_overlap: float = 0.25
    # A title longer than a label, under a longer title that follows the article's text, is
    # its headline (the longer one its kicker) where the text holds at least this share of its
    # character pairs; the next article's section banner shares fewer.
    headline_below_share: float = 0.5
    # A title set aside as a banner beside another headline heads a headless article when at
    # least this share of its pairs is in that article's text (layout.pooled.place_stray_titles);
    # printed right over the article's first line, `banner_overlap` will do.
    stray_title_overlap: float = 0.5
    # On a page that prints a paragraph to a line, a title line right over a headline's kicker is
    # the kicker's first line (a long kicker wraps) where the article's text holds at least this
    # share of its character pairs (layout.titles.kicker_wrapped_above): on the pages without
    # blank lines (February, tune, held-out) the 18 such kicker lines share 0.57 or more, the
    # section banners there 0.33 or less. A line that holds this share of its pairs in the kicker
    # line under it repeats it: a topic's banner ("便民举措" | "推出十项便民举措——"), no wrap.
    kicker_wrap_share: float = 0.5
    # A headline with its "——" deck under another title, after a text, heads that text (the title
    # over it its kicker, `layout.assemble._split_orphans`) where the text holds at least this share
    # of its character pairs: on the tune, held-out and February pages the three that do hold 0.75
    # to 0.86; a headline whose text is on another page may share a common pair or two.
    orphan_headline_overlap: float = 0.5
    # A banner between one article's closing headline and the next article's text opens that
    # text as its first intertitle where the text holds at least this share of its pairs
    # (layout.pooled.lead_with_stray_intertitles); a series banner over it shares fewer.
    intertitle_overlap: float = 0.75
    # Pooled headlines go to the article whose text holds most of their pairs, less the pairs
    # found in more than this share of the candidate articles (the page's subject).
    pooled_common_share: float = 0.5
    # Stories run together under pooled headlines are cut where the words of this many
    # paragraphs before differ most from those of as many after (layout.run_together).
    run_together_window: int = 3
    # ... on a page with at least this many headline blocks after its text.
    pooled_headline_blocks: int = 2
    # How much text under a title at the top of a body-first page it is compared with.
    lead_text_chars: int = 400
    # An article carries a main headline and at most one kicker.
    titles_per_article: int = 2
    # A main headline chosen by less than this margin of chance is noted as a judgment call;
    # within it, a title beside it that repeats fewer of the lede's words heads the article
    # instead (layout.titles; 0.4 and 0.6 gained less on the pages with blank lines, and lost
    # on those without).
    close_call: float = 0.25
    # A title the roles model is sure is a kicker (at least `lone_kicker`) heads no article
    # alone: the title printed after it is its headline where the model is as sure of that
    # one (at least `lone_kicker_main`; layout.titles.kicker_over_headline). Surer than even:
    # the model gives a section's banner after a headline ("绿色发展引领乡村新貌") a chance near
    # 0.8 of being the headline, and a headline printed alone ("某某会见某某一行") one near 0.9
    # of being a kicker; 0.5 and 0.5 lost four articles of the held-out texts.
    lone_kicker: float = 0.9
    lone_kicker_main: float = 0.85
    # Two title lines at least this long and this close in length are printed halves (joined
    # with a space: "小土豆 新希望"); characters each side of a join looked for in the article's
    # text. Three rather than five: on pages of texts never read, 64 more headlines keep their
    # space for 23 that gain one they lack.
    halves_min_chars: int = 3
    halves_max_difference: int = 2
    halves_context: int = 3
    # Two lines at most this long and within a character of each other, in simplified text,
    # are a headline's paired halves, never a section banner beside a title (layout.titles).
    paired_half_chars: int = 6

    # A photo story is this many paragraphs at most before its photographer's credit: the
    # titles over them head an article of their own (layout.boundaries.opens_photo_story).
    photo_story_paragraphs: int = 4
    # An article that goes on another page prints more than this here (the shortest in the
    # annotated pages prints 322 characters): a shorter run of text closed by a jump line
    # ("灰头土脸，（下转6版）") is the tail of the article before, the titles over it intertitles.
    jump_tail_chars: int = 120

    # ---- photos (layout.photos)
    # A caption names the article beside it as the one it illustrates when the two share a
    # run of this many Han characters (a name with its action, a place with its event).
    photo_link_chars: int = 6
    # A photo's headline is its caption's first sentence, cut at a clause this long at most.
    photo_headline_chars: int = 30

    # ---- PDF pages (layout.pdf); sizes in points
    # A line this much larger than the page's body text (or in bold) is a title.
    pdf_title_points: float = 1.5
    # A line indented by more than this many ems of its size opens a paragraph.
    pdf_indent_ems: float = 1.2
    # Two sizes this close are one; two column widths this close (a share) are one measure.
    pdf_same_points: float = 1.0
    pdf_same_width: float = 0.25
    # Reading order (cleanup.reading_order), in ems of the body text: white space this high
    # across a region parts two bands (two articles; under a title, which its size sets apart,
    # the smaller height); a gutter this wide down a region parts two columns.
    pdf_band_ems: float = 0.9
    pdf_title_gap_ems: float = 0.3
    pdf_gutter_ems: float = 1.0
    # A title set inside a ruled or shaded band (a rectangle at least this share of the page's
    # text width across and at most this many times the title's size high) is a banner.
    pdf_band_share: float = 0.5
    pdf_band_height: float = 3.0

    # ---- confidence (layout.confidence)
    # A signal that lowers an article's log-odds of being right by this much is named as a reason.
    doubt_pull: float = 0.15

    # ---- fitted weights (None: the weights shipped with the package)
    # Column jump or not, across a blank line (cleanup/joins.json).
    join_weights: LinearModel | None = None
    # A new article between two paragraphs or not (layout/boundaries.json).
    boundary_weights: LinearModel | None = None
    # Main headline, kicker or other, for the titles of a headline block on a page whose blocks
    # blank lines part and with its text under it, read with the titles printed beside each
    # (layout/roles.json; `Config.roles(True)`). Used there only: weights fitted before these
    # two fields were parted now apply to such pages alone.
    role_weights: LinearModel | None = None
    # The same, each title read on its own (layout/roles_noblank.json; `Config.roles()`): where no
    # blank line parts the blocks (the titles are the parts a run of lines was cut into, so what
    # sits beside one says less), for a headline block whose text is on another page, and for
    # whether a title surely reads as a kicker over the one after it (`kicker_over_headline`).
    noblank_role_weights: LinearModel | None = None
    # Right or wrong, for a rebuilt article's evidence (layout/confidence.json).
    confidence_weights: LinearModel | None = None
    # Another title or the same one, between two lines of a run of titles (layout/title_breaks.json).
    title_break_weights: LinearModel | None = None

    def joins(self) -> LinearModel:
        return self.join_weights or shipped("cleanup", "joins.json")

    def boundaries(self) -> LinearModel:
        return self.boundary_weights or shipped("layout", "boundaries.json")

    def roles(self, blank_lines: bool = False) -> LinearModel:
        if blank_lines:
            return self.role_weights or shipped("layout", "roles.json")
        return self.noblank_role_weights or shipped("layout", "roles_noblank.json")

    def confidence(self) -> LinearModel:
        return self.confidence_weights or shipped("layout", "confidence.json")

    def title_breaks(self) -> LinearModel:
        return self.title_break_weights or shipped("layout", "title_breaks.json")


DEFAULT = Config()
