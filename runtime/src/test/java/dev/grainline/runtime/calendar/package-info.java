/**
 * A small model for calendar windows whose unit or grain differs from their axis (a month back from a day, a quarter
 * to date by month), over two years of sales that touch every month's last day and a leap day.
 */
@SemanticModel(catalog = "CalendarCatalog", namespace = "cal")
package dev.grainline.runtime.calendar;

import dev.grainline.dsl.SemanticModel;
