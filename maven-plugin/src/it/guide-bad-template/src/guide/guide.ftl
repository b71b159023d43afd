# ${guide.title}

Write to ${guide.vendorName} for help.
