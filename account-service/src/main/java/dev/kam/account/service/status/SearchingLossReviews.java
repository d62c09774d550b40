package dev.kam.account.service.status;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.kam.account.domain.access.AccessLevel;
import dev.kam.account.repository.LossReviewEntity;
import dev.kam.account.repository.LossReviewRepository;
import dev.kam.account.service.access.AccountAccess;
import dev.kam.plumbing.paging.Cursor;
import dev.kam.plumbing.paging.KeysetPages;
import dev.kam.plumbing.paging.Page;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.UUID;

/**
 * Searching the loss reviews so the same mistakes are not repeated: directors and admins search all
 * of them, everyone else those of the accounts whose team they are on. Newest first.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class SearchingLossReviews {

    private static final TypeReference<List<String>> CAUSES = new TypeReference<>() {
    };

    private final LossReviewRepository reviews;
    private final AccountAccess access;
    private final ObjectMapper objectMapper;

    SearchingLossReviews(LossReviewRepository reviews, AccountAccess access, ObjectMapper objectMapper) {
        this.reviews = reviews;
        this.access = access;
        this.objectMapper = objectMapper;
    }

    /**
     * @param text      part of a cause or of the lessons, any case; all reviews when blank
     * @param accountId only this account's reviews, when given
     */
    public Page<LossReviewView> search(String text, UUID accountId, String cursor, int limit) {
        boolean teamOnly = !access.levelEverywhere().includes(AccessLevel.READ);
        Cursor before = KeysetPages.after(cursor, 2);
        List<LossReviewRepository.Found> found = reviews.search(
                text == null || text.isBlank() ? null : text.strip(),
                accountId,
                teamOnly ? access.caller().userId().value() : null,
                KeysetPages.instant(before, 0),
                KeysetPages.id(before, 1),
                limit + 1);
        return KeysetPages.page(found, limit,
                last -> Cursor.of(last.review().reviewedAt.toString(), last.review().id.toString()), this::view);
    }

    private LossReviewView view(LossReviewRepository.Found found) {
        LossReviewEntity review = found.review();
        return new LossReviewView(review.id, review.accountId, found.accountName(), causesOf(review), review.lessons,
                review.reviewedBy, review.reviewedAt);
    }

    private List<String> causesOf(LossReviewEntity review) {
        try {
            return objectMapper.readValue(review.causes, CAUSES);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Stored loss causes of review " + review.id + " are not a JSON list", e);
        }
    }
}
