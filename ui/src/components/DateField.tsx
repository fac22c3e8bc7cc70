import { Field } from "@fluentui/react-components";
import { DatePicker, type CalendarStrings } from "@fluentui/react-datepicker-compat";
import { useCallback, useMemo } from "react";
import { useMessages } from "../i18n";
import { calendarNames, firstDayOfWeek, formatDate, fromIso, parseDate, toIso, type IsoDate } from "./dates";

/**
 * A date filter in the user's language: typed or picked, shown the way the language writes dates,
 * and empty while no date is set.
 */
export function DateField(props: {
  label: string; value: IsoDate | null; onChange: (v: IsoDate | null) => void; testId: string; required?: boolean; validationMessage?: string;
}) {
  const m = useMessages();
  const language = m.language;
  const strings = useMemo<CalendarStrings>(() => ({
    ...calendarNames(language),
    goToToday: m.t("date-go-to-today"),
    prevMonthAriaLabel: m.t("date-previous-month"),
    nextMonthAriaLabel: m.t("date-next-month"),
    prevYearAriaLabel: m.t("date-previous-year"),
    nextYearAriaLabel: m.t("date-next-year"),
    prevYearRangeAriaLabel: m.t("date-previous-years"),
    nextYearRangeAriaLabel: m.t("date-next-years"),
    closeButtonAriaLabel: m.t("action-close"),
    selectedDateFormatString: m.t("date-selected", { date: "{0}" }),
    todayDateFormatString: m.t("date-today", { date: "{0}" }),
    monthPickerHeaderAriaLabel: m.t("date-change-year", { period: "{0}" }),
    yearPickerHeaderAriaLabel: m.t("date-change-month", { period: "{0}" }),
  }), [m, language]);
  // Stable across renders: the picker re-writes its text whenever these change, which would wipe
  // what the user is typing.
  const value = useMemo(() => fromIso(props.value), [props.value]);
  const format = useCallback((d?: Date) => (d ? formatDate(language, d) : ""), [language]);
  const parse = useCallback((text: string) => parseDate(language, text), [language]);
  const formatter = useMemo(() => ({
    formatDay: (d: Date) => String(d.getDate()),
    formatMonth: (d: Date) => new Intl.DateTimeFormat(language, { month: "long" }).format(d),
    formatYear: (d: Date) => String(d.getFullYear()),
    formatMonthDayYear: (d: Date) => new Intl.DateTimeFormat(language, { dateStyle: "long" }).format(d),
    formatMonthYear: (d: Date) => new Intl.DateTimeFormat(language, { month: "long", year: "numeric" }).format(d),
  }), [language]);
  return (
    <Field label={props.label} required={props.required} validationMessage={props.validationMessage}>
      <DatePicker
        data-testid={props.testId}
        allowTextInput
        // A click puts the caret in the field for typing; the calendar opens from its icon or with the Down arrow key.
        openOnClick={false}
        value={value}
        onSelectDate={(d) => props.onChange(d ? toIso(d) : null)}
        formatDate={format}
        parseDateFromString={parse}
        placeholder={m.t("date-placeholder")}
        strings={strings}
        firstDayOfWeek={firstDayOfWeek(language)}
        dateTimeFormatter={formatter}
      />
    </Field>
  );
}
