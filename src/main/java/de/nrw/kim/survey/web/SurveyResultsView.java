package de.nrw.kim.survey.web;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import de.nrw.kim.survey.internal.SurveyResults;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/** The evaluation page's model: counts, the status table and one chart per choice or scale question. */
@Component
class SurveyResultsView {

	private final MessageSource messages;

	SurveyResultsView(MessageSource messages) {
		this.messages = messages;
	}

	void fill(Model model, SurveyResults results) {
		Locale locale = LocaleContextHolder.getLocale();
		List<QuestionPanel> panels = new ArrayList<>();
		for (SurveyResults.QuestionResult q : results.questions()) {
			SurveyChart chart = q.counts().isEmpty() ? null : new SurveyChart("chart-" + q.question().id(),
					q.question().id().substring(1) + ". " + q.question().text(),
					messages.getMessage("survey.results.chartDesc", new Object[] { q.answered() }, locale), bars(q, locale));
			panels.add(new QuestionPanel(q, chart));
		}
		model.addAttribute("results", results);
		model.addAttribute("survey", results.survey());
		model.addAttribute("panels", panels);
	}

	private static List<SurveyChart.Bar> bars(SurveyResults.QuestionResult q, Locale locale) {
		NumberFormat percent = NumberFormat.getPercentInstance(locale);
		percent.setMaximumFractionDigits(0);
		List<SurveyChart.Bar> bars = new ArrayList<>();
		for (SurveyResults.Count count : q.counts()) {
			BigDecimal share = count.share();
			bars.add(new SurveyChart.Bar(count.label(), share,
					count.count() + (share == null ? "" : " (" + percent.format(share) + ")"), bars.size()));
		}
		return bars;
	}

	/** A question's results and, for choices and scales, its chart. */
	record QuestionPanel(SurveyResults.QuestionResult result, SurveyChart chart) {
	}
}
