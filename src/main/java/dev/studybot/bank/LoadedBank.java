package dev.studybot.bank;

import java.util.List;

/**
 * The outcome of loading the bank: the valid questions, and every problem found in the files.
 *
 * @param invalidQuestions how many questions were left out because of a problem
 */
public record LoadedBank(QuestionBank bank, List<Problem> problems, int files, int invalidQuestions) {

    public LoadedBank {
        problems = List.copyOf(problems);
    }

    public boolean isValid() {
        return problems.isEmpty();
    }
}
