package com.merchantonboarding.application;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

interface QuestionRepository extends JpaRepository<Question, UUID> {

    List<Question> findByApplicationIdOrderByAskedAtAscIdAsc(UUID applicationId);

    Optional<Question> findFirstByApplicationIdAndStateAndTaskIdIsNullOrderByAskedAtAscIdAsc(UUID applicationId,
                                                                                            Question.State state);

    Optional<Question> findByTaskId(String taskId);

    long countByApplicationIdAndState(UUID applicationId, Question.State state);
}
