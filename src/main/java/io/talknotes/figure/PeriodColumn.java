package io.talknotes.figure;

import io.talknotes.figure.shorthand.Period;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/**
 * Stores a {@link Period} by its name, and {@link Period#NONE} as {@code null} so that
 * the column stays empty for figures that are not counted per anything.
 */
@Converter
class PeriodColumn implements AttributeConverter<Period, String> {

	@Override
	public String convertToDatabaseColumn(Period period) {
		return (period == null || period == Period.NONE) ? null : period.name();
	}

	@Override
	public Period convertToEntityAttribute(String column) {
		return (column == null) ? Period.NONE : Period.valueOf(column);
	}

}
