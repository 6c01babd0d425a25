/// A page to render: the frame and the template's own view model.
struct Page {
    let layout: LayoutViewModel
    let content: Any
}
