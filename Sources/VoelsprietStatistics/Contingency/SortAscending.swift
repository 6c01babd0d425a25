/// Sorts doubles ascending with a bottom-up merge sort: the standard library's generic sort is
/// not specialised in debug builds and boxes every element, which made it the slowest part.
func sortAscending(_ values: inout [Double]) {
    let count = values.count
    if count < 2 { return }
    var buffer = [Double](repeating: 0, count: count)
    values.withUnsafeMutableBufferPointer { source in
        buffer.withUnsafeMutableBufferPointer { target in
            var from = source, to = target
            var inSource = true
            var width = 1
            while width < count {
                var start = 0
                while start < count {
                    let middle = min(start + width, count), end = min(start + 2 * width, count)
                    var i = start, j = middle, k = start
                    while i < middle && j < end {
                        if from[j] < from[i] {
                            to[k] = from[j]
                            j += 1
                        } else {
                            to[k] = from[i]
                            i += 1
                        }
                        k += 1
                    }
                    while i < middle {
                        to[k] = from[i]
                        i += 1
                        k += 1
                    }
                    while j < end {
                        to[k] = from[j]
                        j += 1
                        k += 1
                    }
                    start = end
                }
                swap(&from, &to)
                inSource.toggle()
                width *= 2
            }
            if !inSource {
                for index in 0..<count { source[index] = target[index] }
            }
        }
    }
}
