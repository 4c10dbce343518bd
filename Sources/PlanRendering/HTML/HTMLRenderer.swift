public import PlanKit

/// Renders a plan as a self-contained, printable HTML5 handout.
///
/// One UTF-8 file with its CSS inline, no scripts and nothing fetched: it opens from a file on a
/// phone or a desktop browser and prints on A4 or US Letter (see ``HTMLStyle``). Top to bottom:
/// - the title, the person and the programme's summary; when the course stopped, why; when its
///   pain has not eased after 2 weeks of the plan, the advice to see a physiotherapist or GP;
/// - who it is for and why (the programme's description) and what to expect (its timeline);
/// - the schedule: days, time and zone, start, length, rest, kit, starting points, screening;
/// - the stop rules and red flags in a framed box, then how to rate pain (a 0-10 scale and the
///   programme's pain monitoring);
/// - the exercises, each once in the order they first come: its figure (``ExerciseFigure``, or a
///   framed placeholder with its name), what it works, its cues, what it needs, and its easier and
///   harder steps;
/// - week by week, each session with its date and time, its blocks and doses in a table with a
///   tick box per exercise, and boxes for the pain during and the next morning, 0 to 10 (what
///   `protract log` asks); a session whose time has passed shows what the journal says instead;
/// - progress: per chart the blocks report (``BlockProgress``), the step per week and the weekly
///   volume as inline SVG with the same figures in a table; for a course, the pain trend;
/// - after the programme, and the sources.
///
/// Every text from the programme, catalog, profile or journal is escaped (``HTMLBuilder``). The
/// output depends only on the arguments.
public struct HTMLRenderer: PlanRenderer {
    /// Creates a renderer.
    public init() {}

    /// The whole page, ending in a line break.
    /// - Parameters:
    ///   - plan: The plan to show.
    ///   - catalog: Where exercise names, cues and variants come from; an id missing from it is
    ///     shown as is, with a placeholder figure.
    public func render(_ plan: Plan, catalog: ExerciseCatalog) -> String {
        var page = HTMLBuilder(capacity: 4096 + plan.sessions.count * 3000)
        let name = plan.athlete.name?.trimmed ?? ""
        HTMLPage.start(&page, title: plan.programmeTitle.trimmed + (name.isEmpty ? "" : " · " + name))
        let gallery = HTMLGallery(catalog: catalog, plan: plan)
        HTMLHeader(plan: plan, catalog: catalog).write(to: &page)
        page.open("section", ["id": "exercises"])
        page.element("h2", "The exercises")
        page.element("p", ["class": "muted"],
                     "Each exercise once, with how to do it. The week pages give the dose for each session.")
        gallery.write(to: &page)
        page.close("section")
        page.newline()
        HTMLWeeks(catalog: catalog, gallery: gallery).write(plan, to: &page)
        HTMLCharts(catalog: catalog).write(plan, to: &page)
        HTMLHeader(plan: plan, catalog: catalog).writeClosing(to: &page)
        HTMLPage.end(&page)
        return page.string
    }

    /// One exercise as a printable one-page card (`protract exercises ID --format html`): its
    /// figure, name, what it is for and works, its dose, every cue, what it needs, its easier and
    /// harder steps and its source.
    public static func card(for exercise: Exercise, catalog: ExerciseCatalog) -> String {
        var page = HTMLBuilder(capacity: 16_384)
        HTMLPage.start(&page, title: exercise.name.trimmed + " · Protract")
        HTMLGallery.card(exercise, id: exercise.id, index: 1, catalog: catalog, level: .page, to: &page)
        HTMLPage.end(&page)
        return page.string
    }
}

/// The document around the content: doctype, head with the stylesheet, body.
enum HTMLPage {
    static func start(_ page: inout HTMLBuilder, title: String) {
        page.trusted("<!DOCTYPE html>\n")
        page.open("html", ["lang": "en"])
        page.newline()
        page.open("head")
        page.open("meta", ["charset": "utf-8"])
        page.open("meta", ["name": "viewport", "content": "width=device-width, initial-scale=1"])
        page.open("meta", ["name": "color-scheme", "content": "light dark"])
        page.open("meta", ["name": "generator", "content": "Protract"])
        page.element("title", title)
        page.newline()
        page.open("style")
        page.trusted(HTMLStyle.css)
        page.close("style")
        page.newline()
        page.close("head")
        page.newline()
        page.open("body")
        page.open("main")
        page.newline()
    }

    static func end(_ page: inout HTMLBuilder) {
        page.close("main")
        page.close("body")
        page.newline()
        page.close("html")
        page.newline()
    }
}
